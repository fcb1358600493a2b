package lockdown.smartermail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import lockdown.base.Fields;

/** Between the server's JSON records and {@link Fields}: what is read is kept whole and sent back as it was. */
final class Wire {

    private Wire() {
    }

    /** Every field of a record except the named ones (those the client models itself). */
    @SuppressWarnings("unchecked")
    static Fields others(JsonNode record, String... modelled) {
        if (record == null || !record.isObject()) {
            return Fields.NONE;
        }
        return new Fields(ApiHttp.JSON.convertValue(record, Map.class)).without(modelled);
    }

    /** A record to send: the kept fields first, then the ones the client sets. */
    static ObjectNode record(Fields others) {
        return ApiHttp.JSON.valueToTree(others.values());
    }
}
