package se.kompetenskedjan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.shared.DemoData;

/** The modules' demo parts run in the order DemoRegion states, whatever order Spring hands them over in. */
class DemoPartsOrderTests {

    private static DemoData part(String name) {
        return new DemoData() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void load() {
            }
        };
    }

    @Test
    void thePartsAreRunInTheStatedOrder() {
        List<DemoData> shuffled = new ArrayList<>(DemoRegion.PARTS.stream().map(DemoPartsOrderTests::part).toList());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(DemoRegion.inOrder(shuffled).keySet()).containsExactlyElementsOf(DemoRegion.PARTS);
        assertThat(DemoRegion.PARTS.get(0)).isEqualTo("ladders");
        assertThat(DemoRegion.PARTS.get(DemoRegion.PARTS.size() - 1)).isEqualTo("check-ins");
    }

    @Test
    void aMissingOrUnknownPartStopsTheStart() {
        List<DemoData> withoutLadders = DemoRegion.PARTS.stream().skip(1).map(DemoPartsOrderTests::part).toList();
        assertThatThrownBy(() -> DemoRegion.inOrder(withoutLadders)).hasMessageContaining("ladders");
        List<DemoData> withUnknown = new ArrayList<>(DemoRegion.PARTS.stream().map(DemoPartsOrderTests::part).toList());
        withUnknown.add(part("unknown"));
        assertThatThrownBy(() -> DemoRegion.inOrder(withUnknown)).hasMessageContaining("unknown");
    }
}
