package lockdown.steps;

import lockdown.core.Setting;
import lockdown.core.Guide;
import java.util.Arrays;
import java.util.List;
import lockdown.core.Finding;
import lockdown.base.Msg;
import lockdown.core.Target;
import lockdown.smartermail.ApiException;
import lockdown.smartermail.Endpoint;
import lockdown.smartermail.SmarterMailApi;

/**
 * A step done through the SmarterMail web API. Without an API connection it does not apply. Whether
 * this server has the step's calls is learnt from the calls themselves: when its own read answers
 * 404 (or 405 to its real method), or one of its writes did earlier, it becomes a manual step for
 * this server with that reason. Any other failure leaves it unknown, with the reason.
 */
abstract class ApiStep extends AbstractStep {

    ApiStep(Guide id, List<Setting<?>> settings) {
        super(id, settings);
    }

    /** The endpoints the step reads and writes through. */
    abstract List<Endpoint> endpoints();

    abstract Finding probe(SmarterMailApi api);

    @Override
    public final Finding probe(Target target) {
        if (Reach.api(target).isEmpty()) {
            return Finding.notApplicable(id(), Msg.of("step.no-api"));
        }
        SmarterMailApi api = Reach.api(target).get();
        List<Endpoint> missing = endpoints().stream().filter(api::missing).toList();
        if (!missing.isEmpty()) {
            return manual(missing);
        }
        try {
            return probe(api);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.NOT_FOUND && endpoints().contains(e.endpoint())) {
                return manual(List.of(e.endpoint()));
            }
            throw e;
        }
    }

    private Finding manual(List<Endpoint> missing) {
        return Finding.manual(id(), Msg.of("step.endpoint-missing",
                String.join(", ", missing.stream().map(e -> e.action().text()).toList())));
    }

    static SmarterMailApi api(Target target) {
        return Reach.api(target).orElseThrow();
    }

    /** "Source: the SmarterMail web API, unverified endpoint shape." and the like. */
    Msg evidence(SmarterMailApi api, Endpoint read) {
        return Msg.of("evidence.read-through", api.evidence(read).label());
    }

    static List<Endpoint> of(Endpoint... endpoints) {
        return Arrays.asList(endpoints);
    }
}
