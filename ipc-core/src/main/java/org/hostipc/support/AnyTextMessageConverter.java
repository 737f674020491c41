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

package org.hostipc.support;

import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.StringMessageConverter;

/**
 * A {@link StringMessageConverter} that reads a payload as text whatever its content type
 * ({@code text/*}, JSON, XML, none, ...), decoding with the content type's charset, UTF-8
 * by default. Asking for a {@code String} means asking for the text.
 *
 * @author hostipc
 */
class AnyTextMessageConverter extends StringMessageConverter {

	@Override
	protected boolean supportsMimeType(MessageHeaders headers) {
		return true;
	}

}
