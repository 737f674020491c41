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

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a property-based test: a property is checked against a number of tries, each with
 * its own {@link Random} seeded from a base seed and the try index, so that every try can
 * be replayed on its own terms.
 * <p>
 * The base seed is {@link #DEFAULT_SEED} so that builds are reproducible. Set the system
 * property {@value #SEED_PROPERTY} to another number to explore other inputs, or to
 * {@code random} for a fresh seed per JVM. A failing try names the base seed and its
 * index; running again with that seed replays the same inputs.
 *
 * @author hostipc
 */
final class PropertyChecks {

	/** System property that overrides the base seed. */
	static final String SEED_PROPERTY = "ipc.property.seed";

	/** Base seed used unless {@value #SEED_PROPERTY} is set. */
	static final long DEFAULT_SEED = 0x1BC0DEC5EEDL;

	/** Number of tries of a property unless it states its own. */
	static final int DEFAULT_TRIES = 1000;

	private static final long BASE_SEED = resolveBaseSeed(System.getProperty(SEED_PROPERTY));

	private PropertyChecks() {
	}

	/**
	 * Check a property {@value #DEFAULT_TRIES} times.
	 * @param property the property, which generates its input from the given random and
	 * fails by throwing
	 */
	static void forAll(Consumer<Random> property) {
		forAll(DEFAULT_TRIES, property);
	}

	/**
	 * Check a property a number of times.
	 * @param tries the number of tries
	 * @param property the property, which generates its input from the given random and
	 * fails by throwing
	 */
	static void forAll(int tries, Consumer<Random> property) {
		for (int index = 0; index < tries; index++) {
			try {
				property.accept(random(BASE_SEED, index));
			}
			catch (AssertionError | RuntimeException | OutOfMemoryError ex) {
				throw new AssertionError("Property failed on try " + index + " of " + tries + " with base seed "
						+ BASE_SEED + " (replay with -D" + SEED_PROPERTY + "=" + BASE_SEED + "): " + ex, ex);
			}
		}
	}

	/**
	 * Return the base seed of this run.
	 * @return the base seed
	 */
	static long baseSeed() {
		return BASE_SEED;
	}

	/**
	 * Return the random of one try.
	 * @param baseSeed the base seed
	 * @param index the try index
	 * @return a random seeded from both
	 */
	static Random random(long baseSeed, int index) {
		// SplitMix64, so that neighbouring tries get unrelated seeds
		long z = baseSeed + (index + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new Random(z ^ (z >>> 31));
	}

	static long resolveBaseSeed(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_SEED;
		}
		if ("random".equalsIgnoreCase(value.trim())) {
			return new SecureRandom().nextLong();
		}
		try {
			return Long.decode(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"System property '" + SEED_PROPERTY + "' must be a number or 'random' but was '" + value + "'", ex);
		}
	}

}
