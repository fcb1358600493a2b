package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lockdown.base.Msg;

/** IDS blocks and the extension blacklists. */
final class SecurityCalls {

    private static final List<String> ALL_SERVICES = List.of("Smtp", "Imap", "Pop", "Ldap", "Xmpp", "WebMail", "ActiveSync",
            "MapiEws", "AuthUsers");

    private final Requests requests;
    private final EndpointCatalog catalog;
    /** The blocks as the server last listed them, so an unblock can send them back without listing again. */
    private volatile List<JsonNode> lastListed = List.of();

    SecurityCalls(Requests requests, EndpointCatalog catalog) {
        this.requests = requests;
        this.catalog = catalog;
    }

    private List<JsonNode> rawBlocks() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceTypes", ALL_SERVICES);
        body.put("search", "");
        body.put("sortType", "ip");
        body.put("ascending", true);
        body.put("startindex", 0);
        body.put("count", 1000);
        List<JsonNode> out = new ArrayList<>();
        requests.read(Endpoint.LIST_IDS_BLOCKS, Map.of(), body).path("ipBlocks").forEach(out::add);
        lastListed = List.copyOf(out);
        return out;
    }

    List<IdsBlock> idsBlocks() {
        return rawBlocks().stream().map(n -> new IdsBlock(n.path("ip").asText(), n.path("serviceType").asText(""),
                n.path("blockType").asText(""), n.path("ruleDescription").asText(""), n.path("secondsLeftOnBlock").asInt())).toList();
    }

    /**
     * Sends back the block objects of an address exactly as the server listed them: from the last
     * list when it has the address (a page lists once for all its Unblock buttons), else listed anew.
     */
    Call unblock(String ip) {
        List<JsonNode> raw = blocksOf(lastListed, ip);
        if (raw.isEmpty()) {
            raw = blocksOf(rawBlocks(), ip);
        }
        if (raw.isEmpty()) {
            throw ApiHttp.failure(ApiException.Kind.GONE, Endpoint.UNBLOCK_IPS, false, Msg.of("api.reason.block-gone", ip), null);
        }
        return requests.write(Endpoint.UNBLOCK_IPS, Map.of(), Map.of("ipBlocks", raw));
    }

    private static List<JsonNode> blocksOf(List<JsonNode> blocks, String ip) {
        return blocks.stream().filter(n -> n.path("ip").asText().equals(ip)).toList();
    }

    ExtensionSettings extensionLists() {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.GET_EXTENSIONS);
        JsonNode inner = requests.read(Endpoint.GET_EXTENSIONS, Map.of(), null).path(e.field("wrapper"));
        Map<ExtensionList, List<String>> out = new EnumMap<>(ExtensionList.class);
        List<String> wireNames = new ArrayList<>();
        for (ExtensionList l : ExtensionList.values()) {
            List<String> exts = new ArrayList<>();
            inner.path(e.field(l.logical())).forEach(x -> exts.add(x.asText()));
            out.put(l, exts);
            wireNames.add(e.field(l.logical()));
        }
        return new ExtensionSettings(out, Wire.others(inner, wireNames.toArray(String[]::new)));
    }

    /** The object goes back whole: its other fields as read, and all four lists. */
    Call setExtensionLists(ExtensionSettings settings) {
        EndpointCatalog.Entry e = catalog.entry(Endpoint.SET_EXTENSIONS);
        var inner = Wire.record(settings.others());
        for (ExtensionList l : ExtensionList.values()) {
            inner.set(e.field(l.logical()), ApiHttp.JSON.valueToTree(settings.lists().getOrDefault(l, List.of())));
        }
        return requests.write(Endpoint.SET_EXTENSIONS, Map.of(), Map.of(e.field("wrapper"), inner));
    }
}
