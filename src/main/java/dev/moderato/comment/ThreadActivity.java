package dev.moderato.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;

/** When a thread got its first comment, whatever became of it: auto-close counts from it. */
@Entity
public class ThreadActivity extends PanacheEntityBase {

    @Id
    public String thread;

    public Instant firstCommentAt;
}
