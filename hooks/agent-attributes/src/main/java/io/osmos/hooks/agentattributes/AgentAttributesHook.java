package io.osmos.hooks.agentattributes;

import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Decorates what the agent advertises when it registers. Attributes: the host's {@code os} and
 * {@code arch}, so frameworks can place tasks by platform, plus the configured ones; an attribute the
 * operator gave with {@code --attributes} keeps its value. Resources: the configured ones are added to
 * the agent's, e.g. software licenses as a scalar resource frameworks can be offered.
 */
@Component(property = Modules.NAME + "=" + AgentAttributesHook.NAME, configurationPid = AgentAttributesHook.PID)
@Designate(ocd = AgentAttributesConfig.class)
public final class AgentAttributesHook implements AgentHook {
    public static final String NAME = "agent_attributes";
    public static final String PID = "io.osmos.hooks.agentattributes";

    private volatile Map<String, String> attributes = Map.of();
    private volatile Resources resources = Resources.EMPTY;

    @Activate
    @Modified
    void configure(AgentAttributesConfig config) {
        Map<String, String> next = new LinkedHashMap<>();
        next.put("os", System.getProperty("os.name").toLowerCase(Locale.ROOT));
        next.put("arch", System.getProperty("os.arch"));
        next.putAll(parse(config.attributes()));
        attributes = Collections.unmodifiableMap(next);
        // Resources.parse names the bad token, which fails activation with that message
        resources = config.resources().isBlank() ? Resources.EMPTY : Resources.parse(config.resources());
    }

    @Override
    public Optional<List<Attribute>> slaveAttributesDecorator(AgentInfo agent) {
        List<Attribute> decorated = new ArrayList<>(agent.getAttributesList());
        attributes.forEach((name, text) -> {
            if (decorated.stream().noneMatch(a -> a.getName().equals(name))) {
                decorated.add(Attribute.newBuilder().setName(name).setType(Value.Type.TEXT)
                        .setText(Value.Text.newBuilder().setValue(text)).build());
            }
        });
        return Optional.of(decorated);
    }

    @Override
    public Optional<Resources> slaveResourcesDecorator(AgentInfo agent) {
        Resources extra = resources;
        return extra.equals(Resources.EMPTY) ? Optional.empty()
                : Optional.of(Resources.of(agent.getResourcesList()).plus(extra));
    }

    /** {@code name:value;name:value}; an entry without ':' fails activation, naming it. */
    static Map<String, String> parse(String text) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0 || entry.substring(0, colon).isBlank()) {
                throw new IllegalArgumentException("attributes: '" + entry.trim() + "' is not name:value");
            }
            parsed.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return parsed;
    }
}
