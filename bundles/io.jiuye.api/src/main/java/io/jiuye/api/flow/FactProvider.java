package io.jiuye.api.flow;

import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A small rule class that sets trusted facts on an item: attributes that step conditions and limits read and that
 * the submitter can never send (in-province employer, government unit, graduated). Register it as a DS service; the
 * engine asks every provider of a plugin active in the item's school when the item is submitted or resubmitted, and
 * a provider answers only for the facts it declares. The names in {@link #facts()} and {@link #CORE_FACTS} are
 * reserved: a submission that sends one is refused ({@code ATTRIBUTE_RESERVED}).
 */
@ConsumerType
public interface FactProvider {

    /**
     * Facts the core sets on every item: {@code initiator} is {@code STUDENT}, {@code EMPLOYER} or {@code ADMIN}
     * after the submitter's role.
     */
    Set<String> CORE_FACTS = Set.of("initiator");

    /** The plugin this provider belongs to; it runs only for schools where that plugin is active. */
    String pluginId();

    /** The fact names it sets. */
    Set<String> facts();

    /** The facts for an item about to enter its flow; keys outside {@link #facts()} are ignored. */
    Map<String, String> factsFor(FactContext item);

    /**
     * What a provider may read about the item: its type, school, parties and the values the submitter gave.
     *
     * @param submitterRole the submitter's role name ({@code STUDENT}, {@code EMPLOYER}, ...)
     */
    record FactContext(String itemType, String schoolId, String submitterId, String submitterRole,
            String counterpartyId, String employerId, Map<String, String> attributes) {
        public FactContext {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }
    }
}
