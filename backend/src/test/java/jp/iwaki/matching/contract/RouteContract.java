package jp.iwaki.matching.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What differs between the application's routes and the contract's operations, one line per difference. */
final class RouteContract {
    private RouteContract() {
    }

    static List<String> differences(List<Routes.Route> routes, List<Contract.Operation> operations) {
        List<String> differences = new ArrayList<>();
        Map<String, List<Contract.Operation>> byKey = new HashMap<>();
        operations.forEach(op -> byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op));
        Map<String, Routes.Route> routesByKey = new HashMap<>();
        for (Routes.Route route : routes) {
            if (routesByKey.put(route.key(), route) != null) {
                differences.add(route.key() + ": two Java methods answer it");
            }
            List<Contract.Operation> described = byKey.getOrDefault(route.key(), List.of());
            if (described.size() != 1) {
                differences.add(route.key() + " (" + route.javaMethod() + "): " + described.size() + " operations in openapi.yaml, expected exactly one");
                continue;
            }
            Contract.Operation op = described.get(0);
            if (!route.params().equals(op.params())) {
                differences.add(route.key() + " (" + op.id() + "): parameters " + route.params() + " in the code, " + op.params() + " in openapi.yaml");
            }
            if (route.roles() == null) {
                differences.add(route.key() + " (" + route.javaMethod() + "): no @RolesAllowed or @PermitAll");
            } else if (!Objects.equals(route.roles(), op.roles())) {
                differences.add(route.key() + " (" + op.id() + "): roles " + route.roles() + " in the code, "
                        + (op.roles() == null ? "no security" : op.roles()) + " in openapi.yaml");
            }
        }
        for (Contract.Operation op : operations) {
            if (!routesByKey.containsKey(op.key())) {
                differences.add(op.key() + " (" + op.id() + "): in openapi.yaml but no route answers it");
            }
        }
        return differences;
    }
}
