package io.osmos.api.resources;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Mesos resource text: {@code name[(role)]:value} tokens separated by {@code ;}, plus
 * what Mesos prints for allocated, refined-reserved and revocable resources, so that
 * {@code parse(r.toString())} gives {@code r} back.
 */
final class ResourcesParser {
    private ResourcesParser() {
    }

    static Resources parse(String text, String defaultRole) {
        try {
            Roles.validate(defaultRole);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Bad default role: " + e.getMessage());
        }
        String body = text.strip();
        if (body.isEmpty() || body.equals("{}")) {
            return Resources.EMPTY;
        }
        if (body.startsWith("[")) {
            throw new IllegalArgumentException(
                "Bad resources '" + body + "': JSON resources are read by the runtime, not by Resources.parse");
        }
        if (!Brackets.balanced(body)) {
            throw new IllegalArgumentException("Bad resources '" + body + "': mismatched brackets");
        }
        EntryList entries = new EntryList(new Entry[0], 8);
        Map<String, Protos.Value.Type> types = new HashMap<>();
        for (String piece : Brackets.split(body, ';')) {
            String token = piece.strip();
            if (token.isEmpty()) {
                continue;
            }
            Protos.Resource resource = resource(token, defaultRole);
            Protos.Value.Type known = types.putIfAbsent(resource.getName(), resource.getType());
            if (known != null && known != resource.getType()) {
                throw new IllegalArgumentException("Bad resources: '" + resource.getName()
                    + "' is given as both " + known + " and " + resource.getType());
            }
            Entry entry = ProtoReader.read(resource);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return Resources.wrap(entries.toArray());
    }

    private static Protos.Resource resource(String token, String defaultRole) {
        int colon = Brackets.indexOf(token, ':');
        if (colon < 0) {
            throw new IllegalArgumentException("Bad resource '" + token + "': expected name:value");
        }
        String head = token.substring(0, colon).strip();
        int qualifiers = firstBracket(head);
        String name = head.substring(0, qualifiers).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Bad resource '" + token + "': the name is empty");
        }
        Protos.Resource.Builder resource = Protos.Resource.newBuilder().setName(name);
        String role = qualify(token, head.substring(qualifiers), resource);
        if (resource.getReservationsCount() == 0) {
            role = role == null ? defaultRole : role;
            if (!Roles.ANY.equals(role)) {
                resource.addReservations(
                    ReservationInfo.newBuilder().setType(ReservationInfo.Type.STATIC).setRole(role));
            }
        } else if (role != null) {
            throw new IllegalArgumentException("Bad resource '" + token + "': give a role or reservations, not both");
        }
        ValueParser.apply(name, token.substring(colon + 1), resource);
        try {
            return resource.build();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Bad resource '" + token + "': " + e.getMessage());
        }
    }

    /** Applies the groups after the name; returns the plain role if one was given. */
    private static String qualify(String token, String groups, Protos.Resource.Builder resource) {
        String role = null;
        String rest = groups.strip();
        while (!rest.isEmpty()) {
            if (rest.startsWith("{REV}")) {
                resource.setRevocable(Protos.Resource.RevocableInfo.getDefaultInstance());
                rest = rest.substring("{REV}".length()).strip();
                continue;
            }
            if (rest.startsWith("[") || rest.startsWith("<")) {
                throw new IllegalArgumentException("Bad resource '" + token
                    + "': disk info and shared volumes cannot be given as text; give them as protobuf or JSON");
            }
            if (!rest.startsWith("(")) {
                throw new IllegalArgumentException("Bad resource '" + token + "': unexpected '" + rest + "' after the name");
            }
            int close = Brackets.closing(rest, 0);
            String group = rest.substring(1, close).strip();
            rest = rest.substring(close + 1).strip();
            if (group.startsWith("allocated:")) {
                String allocated = group.substring("allocated:".length()).strip();
                resource.getAllocationInfoBuilder().setRole(allocated);
            } else if (group.startsWith("reservations:")) {
                resource.addAllReservations(
                    ReservationParser.parse(token, group.substring("reservations:".length())));
            } else if (role != null || group.isEmpty() || Brackets.indexOf(group, ',') >= 0) {
                throw new IllegalArgumentException("Bad resource '" + token + "': expected one role in ( )");
            } else {
                role = group;
            }
        }
        return role;
    }

    private static int firstBracket(String head) {
        for (int i = 0; i < head.length(); i++) {
            if ("([{<".indexOf(head.charAt(i)) >= 0) {
                return i;
            }
        }
        return head.length();
    }
}
