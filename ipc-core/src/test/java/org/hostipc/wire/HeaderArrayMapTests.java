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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link HeaderArrayMap}.
 *
 * @author hostipc
 */
class HeaderArrayMapTests {

	@Test
	void shouldKeepInsertionOrderAndAnswerLookups() {
		HeaderArrayMap map = new HeaderArrayMap(3);
		map.add("contentType", "text/plain");
		map.add("priority", 5);
		map.add("id", 42L);
		List<String> visited = new ArrayList<>();
		map.forEach((key, value) -> visited.add(key + "=" + value));
		assertThat(visited).containsExactly("contentType=text/plain", "priority=5", "id=42");
		assertThat(map).hasSize(3).containsEntry("priority", 5).doesNotContainKey("missing");
		assertThat(map.get("id")).isEqualTo(42L);
		assertThat(map.get(null)).isNull();
		assertThat(map.keySet()).containsExactly("contentType", "priority", "id");
	}

	@Test
	void shouldEqualAHashedMapWithTheSameEntries() {
		HeaderArrayMap map = new HeaderArrayMap(2);
		map.add("a", "1");
		map.add("b", 2);
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("b", 2);
		expected.put("a", "1");
		assertThat(map).isEqualTo(expected);
		assertThat(map.hashCode()).isEqualTo(expected.hashCode());
		assertThat(new LinkedHashMap<>(map)).isEqualTo(expected);
	}

	@Test
	void shouldRefuseMoreThanItsCapacityAndOutsideChanges() {
		HeaderArrayMap map = new HeaderArrayMap(1);
		map.add("a", "1");
		assertThatIllegalStateException().isThrownBy(() -> map.add("b", "2")).withMessageContaining("capacity of 1");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> map.put("c", "3"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> map.entrySet().iterator().next().setValue("x"));
		assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> new HeaderArrayMap(1).add("a", null));
		assertThat(map).containsOnly(Map.entry("a", "1"));
	}

	@Test
	void shouldEncodeLikeAnyOtherMap() {
		HeaderArrayMap map = new HeaderArrayMap(2);
		map.add("contentType", "application/json");
		map.add("sequence", 7L);
		Map<String, Object> hashed = new LinkedHashMap<>(map);
		FrameCodec codec = new FrameCodec(FrameLimits.DEFAULT);
		assertThat(codec.encode(Frame.wrap(map, new byte[] { 1, 2 })))
			.isEqualTo(codec.encode(Frame.wrap(hashed, new byte[] { 1, 2 })));
	}

}
