/*
 * Copyright 2026 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package org.hostipc.wire;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PropertyChecks} and the reproducibility of {@link FrameGenerators}.
 *
 * @author hostipc
 */
class PropertyChecksTests {

	private final FrameCodec codec = new FrameCodec(FrameGenerators.LIMITS);

	@Test
	void sameSeedAndIndexShouldGenerateTheSameFrame() {
		long seed = PropertyChecks.baseSeed();
		byte[] frame = this.codec.encode(FrameGenerators.frame(PropertyChecks.random(seed, 7)));
		assertThat(this.codec.encode(FrameGenerators.frame(PropertyChecks.random(seed, 7)))).isEqualTo(frame);
		assertThat(PropertyChecks.random(seed, 8).nextLong()).isNotEqualTo(PropertyChecks.random(seed, 7).nextLong())
			.isNotEqualTo(PropertyChecks.random(seed + 1, 8).nextLong());
	}

	@Test
	void forAllShouldRunEveryTryWithItsOwnRandom() {
		List<Long> firsts = new ArrayList<>();
		PropertyChecks.forAll(50, (random) -> firsts.add(random.nextLong()));
		assertThat(firsts).hasSize(50).doesNotHaveDuplicates();
		assertThat(firsts.get(3)).isEqualTo(PropertyChecks.random(PropertyChecks.baseSeed(), 3).nextLong());
	}

	@Test
	void failingTryShouldNameTheBaseSeedAndIndex() {
		int[] tries = new int[1];
		long seed = PropertyChecks.baseSeed();
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> PropertyChecks.forAll(10, (random) -> assertThat(tries[0]++).isLessThan(3)))
			.withMessageContaining("try 3 of 10")
			.withMessageContaining("base seed " + seed)
			.withMessageContaining("-D" + PropertyChecks.SEED_PROPERTY + "=" + seed)
			.withCauseInstanceOf(AssertionError.class);
		assertThat(tries[0]).isEqualTo(4);
	}

	@Test
	void exceptionInTryShouldNameTheBaseSeedAndIndex() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> PropertyChecks.forAll(10, (random) -> {
			throw new IndexOutOfBoundsException("boom");
		})).withMessageContaining("try 0 of 10").withMessageContaining("boom");
	}

	@Test
	void baseSeedShouldBeFixedUnlessOverridden() {
		assertThat(PropertyChecks.resolveBaseSeed(null)).isEqualTo(PropertyChecks.DEFAULT_SEED);
		assertThat(PropertyChecks.resolveBaseSeed(" ")).isEqualTo(PropertyChecks.DEFAULT_SEED);
		assertThat(PropertyChecks.resolveBaseSeed("42")).isEqualTo(42);
		assertThat(PropertyChecks.resolveBaseSeed("-7")).isEqualTo(-7);
		assertThat(PropertyChecks.resolveBaseSeed("0x10")).isEqualTo(16);
		assertThat(PropertyChecks.resolveBaseSeed("random")).isNotEqualTo(PropertyChecks.resolveBaseSeed("random"));
	}

	@Test
	void invalidSeedShouldBeRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> PropertyChecks.resolveBaseSeed("abc"))
			.withMessageContaining(PropertyChecks.SEED_PROPERTY);
	}

}
