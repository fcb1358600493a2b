package lockdown.steps;

import java.util.Arrays;
import java.util.List;
import lockdown.core.Finding;
import lockdown.core.Msg;
import lockdown.core.Step;
import lockdown.core.Target;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.SmarterMailApi;

/**
 * A step done through the SmarterMail web API. Without an API connection it does not apply; when
 * the server lacks one of its endpoints it becomes a manual step for this server.
 */
abstract class ApiStep implements Step {

    /** The endpoints the step reads and writes through. */
    abstract List<Endpoint> endpoints();

    abstract Finding probe(SmarterMailApi api);

    @Override
    public final Finding probe(Target target) {
        if (target.api().isEmpty()) {
            return Finding.notApplicable(id(), Msg.of("step.no-api"));
        }
        SmarterMailApi api = target.api().get();
        List<Endpoint> missing = endpoints().stream().filter(e -> !api.available(e)).toList();
        if (!missing.isEmpty()) {
            return Finding.manual(id(), Msg.of("step.endpoint-missing",
                    String.join(", ", missing.stream().map(e -> e.action().text()).toList())));
        }
        return probe(api);
    }

    static SmarterMailApi api(Target target) {
        return target.api().orElseThrow();
    }

    /** "Source: the SmarterMail web API, unverified endpoint shape." and the like. */
    Msg evidence(SmarterMailApi api, Endpoint read) {
        return Msg.of("evidence.read-through", api.evidence(read).label());
    }

    static List<Endpoint> of(Endpoint... endpoints) {
        return Arrays.asList(endpoints);
    }
}
