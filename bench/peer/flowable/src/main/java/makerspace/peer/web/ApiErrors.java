package makerspace.peer.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals as JSON: { code, message, field, article }. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message, String field, String article) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("code", code);
        b.put("message", message);
        b.put("field", field);
        b.put("article", article);
        return ResponseEntity.status(status).body(b);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Map<String, Object>> refused(Refused r) {
        return body(r.status, r.code, r.getMessage(), r.field, r.article);
    }

    /** A body that does not read as the declaration or decision: the path of the field that failed. */
    @ExceptionHandler(JsonMappingException.class)
    ResponseEntity<Map<String, Object>> unreadable(JsonMappingException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())).collect(Collectors.joining("."));
        return body(HttpStatus.BAD_REQUEST, "INVALID", e.getOriginalMessage(), field, null);
    }

    @ExceptionHandler(FlowableTaskAlreadyClaimedException.class)
    ResponseEntity<Map<String, Object>> claimed(FlowableTaskAlreadyClaimedException e) {
        return body(HttpStatus.CONFLICT, "CLAIMED", e.getMessage(), "taskId", null);
    }

    /** Two decisions on the same procedure at once: the second may try again. */
    @ExceptionHandler(FlowableOptimisticLockingException.class)
    ResponseEntity<Map<String, Object>> concurrent(FlowableOptimisticLockingException e) {
        return body(HttpStatus.CONFLICT, "CONCURRENT", e.getMessage(), null, null);
    }
}
