package dev.moderato.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A thread's own settings; a thread without one is open, in the default mode. */
@Entity
public class ThreadSetting extends PanacheEntityBase {

    @Id
    public String thread;

    public boolean open;

    @Enumerated(EnumType.STRING)
    public ThreadMode mode;
}
