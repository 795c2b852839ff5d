package se.kompetenskedjan.support;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A view read from the API turned into the body of the command that changes it, as a client does: the properties the
 * command record declares are kept (nested records and lists of records too), the view's own ones (id, position,
 * names) are left out, since the API refuses properties it does not know.
 */
public final class CommandShapes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommandShapes() {
    }

    public static ObjectNode asCommand(JsonNode view, Class<? extends Record> command) {
        return (ObjectNode) shape(view, command);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asCommandMap(JsonNode view, Class<? extends Record> command) {
        return JSON.convertValue(asCommand(view, command), LinkedHashMap.class);
    }

    private static JsonNode shape(JsonNode node, Type type) {
        Class<?> raw = raw(type);
        if (node.isObject() && raw.isRecord()) {
            ObjectNode shaped = JSON.createObjectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode value = node.get(component.getName());
                if (value != null) {
                    shaped.set(component.getName(), shape(value, component.getGenericType()));
                }
            }
            return shaped;
        }
        if (node.isArray() && List.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
            ArrayNode shaped = JSON.createArrayNode();
            node.forEach(element -> shaped.add(shape(element, list.getActualTypeArguments()[0])));
            return shaped;
        }
        return node;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }
}
