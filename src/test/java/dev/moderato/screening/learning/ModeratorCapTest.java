package dev.moderato.screening.learning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One account's decisions cannot swing the filter alone. */
class ModeratorCapTest {

    @Test
    void anAccountAloneIsNotCapped() {
        List<Examples.Stored> kind = examples("mia", 500);

        assertEquals(500, ModeratorCap.apply(kind, 0.8, 50).size());
    }

    @Test
    void oneAccountMakesUpAtMostItsShareOnceOthersTaughtTheKind() {
        List<Examples.Stored> kind = new ArrayList<>(examples("intruder", 1000));
        kind.addAll(examples("mia", 100));
        kind.addAll(examples("noor", 100));

        List<Examples.Stored> kept = ModeratorCap.apply(kind, 0.8, 50);

        assertEquals(800, kept.stream().filter(example -> example.moderator().equals("intruder")).count(),
                "four times the others' 200: 80 % of what is kept");
        assertEquals(200, kept.stream().filter(example -> !example.moderator().equals("intruder")).count());
    }

    @Test
    void theNewestExamplesOfACappedAccountAreKept() {
        List<Examples.Stored> kind = new ArrayList<>(examples("intruder", 300));
        kind.addAll(examples("mia", 10));

        List<Examples.Stored> kept = ModeratorCap.apply(kind, 0.5, 50);

        assertEquals(kind.subList(0, 50), kept.subList(0, 50), "the first 50 in newest-first order, as many as min-examples");
        assertEquals(60, kept.size());
    }

    @Test
    void aShareOfOneTurnsTheCapOff() {
        List<Examples.Stored> kind = new ArrayList<>(examples("intruder", 300));
        kind.addAll(examples("mia", 10));

        assertEquals(310, ModeratorCap.apply(kind, 1.0, 50).size());
    }

    private static List<Examples.Stored> examples(String moderator, int count) {
        List<Examples.Stored> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            examples.add(new Examples.Stored(UUID.randomUUID(), true, moderator, Instant.EPOCH, "name", null, "body " + i));
        }
        return examples;
    }
}
