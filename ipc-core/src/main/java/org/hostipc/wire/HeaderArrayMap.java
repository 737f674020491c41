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

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A small, insertion-ordered header map in one array, built once for one frame by code
 * that knows its keys are distinct (a message mapper), then read: {@link #forEach} and
 * lookups allocate nothing, which suits the few headers of a message better than a hashed
 * map. Read-only for everyone but its builder: {@link #put} and the other modifying
 * methods of {@link Map} throw.
 * <p>
 * Lookups scan the keys, so it is meant for tens of headers, not thousands. NOT
 * thread-safe while being built; safely shared once published, like any effectively
 * immutable object.
 *
 * @author hostipc
 */
public final class HeaderArrayMap extends AbstractMap<String, Object> {

	private final Object[] entries;

	private int size;

	/**
	 * Create an empty map.
	 * @param capacity the most headers it will hold
	 */
	public HeaderArrayMap(int capacity) {
		this.entries = new Object[2 * capacity];
	}

	/**
	 * Add a header whose key is not in the map yet; the caller guarantees that.
	 * @param key the key
	 * @param value the value, not {@code null}
	 * @throws IllegalStateException if the map is full
	 */
	public void add(String key, Object value) {
		Objects.requireNonNull(key, "'key' must not be null");
		Objects.requireNonNull(value, "'value' must not be null");
		int at = 2 * this.size;
		if (at == this.entries.length) {
			throw new IllegalStateException("The map holds its capacity of " + this.size + " headers");
		}
		this.entries[at] = key;
		this.entries[at + 1] = value;
		this.size++;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public Object get(Object key) {
		int index = indexOf(key);
		return (index >= 0) ? this.entries[index + 1] : null;
	}

	private int indexOf(Object key) {
		if (key == null) {
			return -1;
		}
		for (int at = 0; at < 2 * this.size; at += 2) {
			Object candidate = this.entries[at];
			if (candidate == key || candidate.equals(key)) {
				return at;
			}
		}
		return -1;
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		for (int at = 0; at < 2 * this.size; at += 2) {
			action.accept((String) this.entries[at], this.entries[at + 1]);
		}
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int at;

					@Override
					public boolean hasNext() {
						return this.at < 2 * HeaderArrayMap.this.size;
					}

					@Override
					public Entry<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						Object[] entries = HeaderArrayMap.this.entries;
						Entry<String, Object> entry = new SimpleImmutableEntry<>((String) entries[this.at],
								entries[this.at + 1]);
						this.at += 2;
						return entry;
					}

				};
			}

			@Override
			public int size() {
				return HeaderArrayMap.this.size;
			}

		};
	}

}
