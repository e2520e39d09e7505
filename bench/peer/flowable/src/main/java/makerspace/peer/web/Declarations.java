package makerspace.peer.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** Declarations are read strictly: a missing or null figure is refused naming its path, never taken as 0. */
final class Declarations {
    private Declarations() {}

    static ObjectReader reader(ObjectMapper json, Class<?> type) {
        return json.readerFor(type).with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
