package makerspace.peer.web;

import org.springframework.http.HttpStatus;

/** A request refused with what is wrong, in which field, under which rule; nothing was changed. */
public class Refused extends RuntimeException {
    final HttpStatus status;
    final String code;
    final String field;
    final String article;

    public Refused(HttpStatus status, String code, String message, String field, String article) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.article = article;
    }

    public Refused(HttpStatus status, String code, String message, String field) {
        this(status, code, message, field, null);
    }
}
