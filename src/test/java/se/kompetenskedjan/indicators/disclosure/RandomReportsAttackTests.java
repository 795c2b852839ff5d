package se.kompetenskedjan.indicators.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.indicators.CountTable;
import se.kompetenskedjan.indicators.Dimension;
import se.kompetenskedjan.indicators.ProtectedTable;

/**
 * The property of item 3 on many reports: 300 seeded random report sets, each of one or two populations of 0 to 60
 * made-up people with skewed attributes (so small groups, zeros and single-category dimensions are common), counted
 * into two or three tables per population over pairs of shared dimensions; each set, protected, must withstand the
 * subtraction attack. The same seed gives the same sets, so a failure can be replayed.
 */
class RandomReportsAttackTests {

    private static final int T = 5;
    private static final String[] KEYS = {"step", "gender", "age", "source"};

    @Test
    void threeHundredRandomLinkedReportsWithstandTheSubtractionAttack() {
        Random random = new Random(20261207L);
        DisclosureControl control = new DisclosureControl(T);
        int secondaries = 0;
        for (int set = 0; set < 300; set++) {
            List<CountTable> tables = report(random, set);
            List<ProtectedTable> published = control.protect(tables);
            try {
                SubtractionAttack.on(tables, published, T).assertSafe();
            } catch (AssertionError e) {
                throw new AssertionError("Report set " + set + ": " + e.getMessage(), e);
            }
            secondaries += published.stream().mapToLong(t -> Tables.count(t,
                    se.kompetenskedjan.indicators.Figure.Protection.SECONDARY)).sum();
        }
        assertThat(secondaries).as("the sets need secondary suppression, or the test proves nothing").isPositive();
    }

    private static List<CountTable> report(Random random, int set) {
        List<CountTable> tables = new ArrayList<>();
        int populations = 1 + random.nextInt(2);
        for (int p = 0; p < populations; p++) {
            String population = "pop" + p;
            Dimension[] dimensions = new Dimension[KEYS.length];
            for (int d = 0; d < KEYS.length; d++) {
                int size = 1 + random.nextInt(4);
                String[] codes = new String[size];
                for (int c = 0; c < size; c++) {
                    codes[c] = KEYS[d] + c;
                }
                dimensions[d] = Tables.dimension(KEYS[d], codes);
            }
            int people = random.nextInt(61);
            int[][] attributes = new int[people][KEYS.length];
            for (int person = 0; person < people; person++) {
                for (int d = 0; d < KEYS.length; d++) {
                    // skewed: the first category most often, the last rarely
                    int size = dimensions[d].size();
                    int c = 0;
                    while (c < size - 1 && random.nextDouble() < 0.45) {
                        c++;
                    }
                    attributes[person][d] = c;
                }
            }
            int count = 2 + random.nextInt(2);
            for (int t = 0; t < count; t++) {
                int rows = random.nextInt(KEYS.length);
                int columns = (rows + 1 + random.nextInt(KEYS.length - 1)) % KEYS.length;
                long[][] counts = new long[dimensions[rows].size()][dimensions[columns].size()];
                for (int[] person : attributes) {
                    counts[person[rows]][person[columns]]++;
                }
                tables.add(Tables.table("s" + set + "p" + p + "t" + t, population, dimensions[rows],
                        dimensions[columns], counts));
            }
        }
        return tables;
    }
}
