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

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Helpers for header maps whose values may be byte arrays.
 *
 * @author hostipc
 */
final class HeaderValues {

	private HeaderValues() {
	}

	static boolean equals(Map<String, Object> a, Map<String, Object> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (Map.Entry<String, Object> entry : a.entrySet()) {
			Object other = b.get(entry.getKey());
			Object value = entry.getValue();
			if (value instanceof byte[] bytes) {
				if (!(other instanceof byte[] otherBytes) || !Arrays.equals(bytes, otherBytes)) {
					return false;
				}
			}
			else if (!Objects.equals(value, other)) {
				return false;
			}
		}
		return true;
	}

}
