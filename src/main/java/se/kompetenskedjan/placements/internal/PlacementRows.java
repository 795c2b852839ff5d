package se.kompetenskedjan.placements.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.placements.ScheduleSlot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing the column types of the placement tables: arrays, the JSON schedule, nullable numbers. */
final class PlacementRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ScheduleSlot>> SLOTS = new TypeReference<>() {
    };

    private PlacementRows() {
    }

    static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(o -> (String) o).toList();
    }

    static List<ScheduleSlot> schedule(String json) {
        return json == null ? List.of() : JSON.readValue(json, SLOTS);
    }

    static String scheduleJson(List<ScheduleSlot> slots) {
        return JSON.writeValueAsString(slots == null ? List.of() : slots);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
