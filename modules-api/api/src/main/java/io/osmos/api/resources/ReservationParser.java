package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reservation stack as Mesos prints it:
 * {@code [(STATIC,eng), (DYNAMIC,eng/web,alice,{team: web, canary})]}.
 */
final class ReservationParser {
    private ReservationParser() {
    }

    static List<ReservationInfo> parse(String token, String text) {
        String stack = text.strip();
        if (!Brackets.wraps(stack, '[')) {
            throw bad(token, "reservations must be a list in [ ]");
        }
        List<ReservationInfo> reservations = new ArrayList<>();
        for (String piece : Brackets.split(stack.substring(1, stack.length() - 1), ',')) {
            String item = piece.strip();
            if (!Brackets.wraps(item, '(')) {
                throw bad(token, "reservation '" + item + "' must be (TYPE,role[,principal][,{labels}])");
            }
            reservations.add(reservation(token, item.substring(1, item.length() - 1)));
        }
        return reservations;
    }

    private static ReservationInfo reservation(String token, String text) {
        List<String> fields = Brackets.split(text, ',');
        if (fields.size() < 2 || fields.size() > 4) {
            throw bad(token, "reservation '(" + text + ")' must be (TYPE,role[,principal][,{labels}])");
        }
        ReservationInfo.Builder reservation = ReservationInfo.newBuilder()
            .setType(type(token, fields.get(0).strip()))
            .setRole(fields.get(1).strip());
        for (int i = 2; i < fields.size(); i++) {
            String field = fields.get(i).strip();
            if (field.startsWith("{")) {
                if (i != fields.size() - 1) {
                    throw bad(token, "labels must come last in reservation '(" + text + ")'");
                }
                reservation.setLabels(labels(token, field));
            } else if (i == 2) {
                reservation.setPrincipal(field);
            } else {
                throw bad(token, "reservation '(" + text + ")' has more than one principal");
            }
        }
        return reservation.build();
    }

    private static ReservationInfo.Type type(String token, String name) {
        return switch (name) {
            case "STATIC" -> ReservationInfo.Type.STATIC;
            case "DYNAMIC" -> ReservationInfo.Type.DYNAMIC;
            default -> throw bad(token, "reservation type '" + name + "' is neither STATIC nor DYNAMIC");
        };
    }

    private static Protos.Labels labels(String token, String text) {
        if (!Brackets.wraps(text, '{')) {
            throw bad(token, "labels '" + text + "' must be {key: value, ...}");
        }
        Protos.Labels.Builder labels = Protos.Labels.newBuilder();
        String inner = text.substring(1, text.length() - 1);
        if (inner.isBlank()) {
            return labels.build();
        }
        for (String pair : Brackets.split(inner, ',')) {
            int colon = pair.indexOf(':');
            Protos.Label.Builder label = labels.addLabelsBuilder();
            if (colon < 0) {
                label.setKey(pair.strip());
            } else {
                label.setKey(pair.substring(0, colon).strip()).setValue(pair.substring(colon + 1).strip());
            }
        }
        return labels.build();
    }

    private static IllegalArgumentException bad(String token, String reason) {
        return new IllegalArgumentException("Bad resource '" + token + "': " + reason);
    }
}
