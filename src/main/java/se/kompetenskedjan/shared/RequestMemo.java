package se.kompetenskedjan.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values a web request asks for several times (a ladder, a profile version) read once per request. Outside a request
 * nothing is kept. Whoever changes a value in a request forgets it, so the request does not see its old copy.
 */
public final class RequestMemo {

    private RequestMemo() {
    }

    /** The value of this kind and id read earlier in this request, or read now. */
    public static <T> T get(Class<?> kind, UUID id, Supplier<T> read) {
        Map<UUID, Object> values = values(kind, true);
        if (values == null) {
            return read.get();
        }
        @SuppressWarnings("unchecked")
        T value = (T) values.get(id);
        if (value == null) {
            value = read.get();
            values.put(id, value);
        }
        return value;
    }

    public static void forget(Class<?> kind, UUID id) {
        Map<UUID, Object> values = values(kind, false);
        if (values != null) {
            values.remove(id);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Object> values(Class<?> kind, boolean create) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        String attribute = RequestMemo.class.getName() + "." + kind.getName();
        Map<UUID, Object> values = (Map<UUID, Object>) request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (values == null && create) {
            values = new HashMap<>();
            request.setAttribute(attribute, values, RequestAttributes.SCOPE_REQUEST);
        }
        return values;
    }
}
