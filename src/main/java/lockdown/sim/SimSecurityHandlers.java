package lockdown.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lockdown.core.Extensions;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.EndpointCatalog;
import lockdown.smartermail.ExtensionList;

/** The simulated server's IDS blocks and extension blacklists. */
final class SimSecurityHandlers {

    private final SimState state;
    private final EndpointCatalog catalog;

    SimSecurityHandlers(SimState state, EndpointCatalog catalog) {
        this.state = state;
        this.catalog = catalog;
    }

    Reply blocks() {
        ObjectNode b = SimState.JSON.createObjectNode();
        ArrayNode all = state.blocks();
        b.put("count", all.size());
        b.set("ipBlocks", all);
        return Reply.ok(b);
    }

    Reply unblock(JsonNode body) {
        int removed = 0;
        synchronized (state) {
            ArrayNode blocks = state.idsBlocks();
            for (JsonNode wanted : body.path("ipBlocks")) {
                for (int i = blocks.size() - 1; i >= 0; i--) {
                    if (blocks.get(i).path("ip").asText().equals(wanted.path("ip").asText())) {
                        blocks.remove(i);
                        removed++;
                    }
                }
            }
        }
        return removed > 0 ? Reply.ok() : Reply.fail(200, "IP_NOT_FOUND");
    }

    @Unverified("the extension blacklists endpoint")
    Reply extensions() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_EXTENSIONS);
        ObjectNode b = SimState.JSON.createObjectNode();
        ObjectNode inner = b.putObject(e.field("wrapper"));
        synchronized (state) {
            for (ExtensionList l : ExtensionList.values()) {
                inner.set(e.field(l.logical()), state.extensions().path(l.logical()).deepCopy());
            }
        }
        return Reply.ok(b);
    }

    @Unverified("the extension blacklists endpoint")
    Reply setExtensions(JsonNode body) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_EXTENSIONS);
        JsonNode inner = body.path(e.field("wrapper"));
        synchronized (state) {
            for (ExtensionList l : ExtensionList.values()) {
                JsonNode list = inner.path(e.field(l.logical()));
                if (list.isMissingNode()) {
                    continue;
                }
                ArrayNode clean = SimState.JSON.createArrayNode();
                for (JsonNode x : list) {
                    if (Extensions.problem(x.asText()).isPresent()) {
                        return Reply.fail(400, "INVALID_EXTENSION");
                    }
                    clean.add(Extensions.normalise(x.asText()));
                }
                state.extensions().set(l.logical(), clean);
            }
        }
        return Reply.ok();
    }
}
