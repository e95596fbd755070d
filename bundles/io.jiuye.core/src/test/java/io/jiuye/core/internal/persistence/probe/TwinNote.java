package io.jiuye.core.internal.persistence.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity of another test module that claims the probe module's entity name: the unit cannot hold both. */
@Entity(name = "ProbeNote")
@Table(name = "probe_note")
public class TwinNote {
    @Id
    private long id;
}
