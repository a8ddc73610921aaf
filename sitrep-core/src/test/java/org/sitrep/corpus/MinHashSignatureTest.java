package org.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  private static final String WIRE =
      "Russia and Ukraine exchanged one hundred and fifty prisoners of war each on Thursday in a swap brokered by the United Arab Emirates, "
          + "the third such exchange this autumn. Buses carrying the freed Ukrainian soldiers crossed the border from Belarus in the afternoon, "
          + "and relatives who had waited for hours at the checkpoint wept as the men stepped down. Ukraine's coordination headquarters for "
          + "prisoners of war said many of those released had been held since the first year of the war and several needed urgent medical care. "
          + "Russia's defence ministry confirmed the swap and said its own servicemen would be flown to Moscow for treatment and rehabilitation.";

  @Test
  void aLightlyEditedCopyIsADuplicateAndAnotherReportIsNot() {
    String copy = WIRE.replace("wept", "cried").replace(" and several needed urgent medical care", "")
        .replace("the third such exchange this autumn", "the third exchange of the autumn");
    String otherReport =
        "Families gathered at a checkpoint on the Belarus border on Thursday as Ukraine and Russia carried out their latest prisoner swap, "
            + "with the United Arab Emirates again acting as mediator. Officials in Kyiv said 150 Ukrainians came home; Moscow said the same "
            + "number of its soldiers were returned. Some of the freed men had spent more than two years in captivity.";
    MinHashSignature wire = MinHashSignature.of(WIRE);
    assertThat(wire.similarity(MinHashSignature.of(WIRE))).isEqualTo(1.0);
    assertThat(wire.similarity(MinHashSignature.of(copy))).isGreaterThanOrEqualTo(MinHashSignature.DUPLICATE);
    assertThat(wire.similarity(MinHashSignature.of(otherReport))).isLessThan(0.1);
  }

  @Test
  void aDuplicateSharesABandKeyWithItsOriginal() {
    String copy = WIRE.replace("wept", "cried");
    long[] a = MinHashSignature.of(WIRE).bandKeys();
    long[] b = MinHashSignature.of(copy).bandKeys();
    boolean shared = false;
    for (int i = 0; i < a.length; i++) {
      shared |= a[i] == b[i];
    }
    assertThat(shared).isTrue();
  }

  @Test
  void survivesStorage() {
    MinHashSignature s = MinHashSignature.of(WIRE);
    assertThat(MinHashSignature.fromBytes(s.toBytes())).isEqualTo(s);
  }

  @Test
  void aTextShorterThanAShingleStillHasASignature() {
    assertThat(MinHashSignature.of("Short text").similarity(MinHashSignature.of("short  TEXT"))).isEqualTo(1.0);
  }
}
