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

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hostipc.wire.Frame;
import org.hostipc.wire.FrameView;
import org.hostipc.wire.HeaderArrayMap;
import org.hostipc.wire.HeaderCursor;
import org.hostipc.wire.HeaderType;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.converter.MessageConverter;
import org.springframework.messaging.support.GenericMessage;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.IdGenerator;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.PatternMatchUtils;

/**
 * Maps Spring {@link Message}s to wire {@link Frame}s and back, the same way for every
 * transport.
 *
 * <h2>Payloads</h2> Outbound, the payload becomes bytes according to its type and the
 * {@code contentType} header:
 * <ul>
 * <li>{@code byte[]} is sent as is, with the message's content type if it has one (a
 * frame without a content type is bytes to every receiver, so none is added; a reply to a
 * request that had one is labelled {@code application/octet-stream}).</li>
 * <li>{@code String} is sent encoded in the content type's charset (UTF-8 when there is
 * none); without a content type it is labelled {@code text/plain;charset=UTF-8}. A
 * {@code String} with an explicit {@code application/json} content type is therefore sent
 * as that JSON text, not as a JSON string literal.</li>
 * <li>Any other object is written by the {@link MessageConverter} for the content type,
 * {@code application/json} when there is none (by Jackson 3 with the default converters,
 * when {@code tools.jackson.core:jackson-databind} is on the classpath). A
 * {@link MessageConversionException} is thrown when no converter can write it.</li>
 * </ul>
 * Inbound, when a {@link #setPayloadType(Class) payload type} is set the payload bytes
 * are converted to it by the {@link MessageConverter}; otherwise a {@code text/*} payload
 * becomes a {@code String} (decoded with the content type's charset, UTF-8 by default)
 * and every other payload stays {@code byte[]}: no content type,
 * {@code application/octet-stream}, and also {@code application/json} and
 * {@code application/*+json}, which Spring Integration converts for a
 * {@code @ServiceActivator} method whose parameter is a POJO, using the
 * {@code contentType} header.
 *
 * <h2>Headers</h2> Every header whose value has a wire type (see
 * {@link HeaderType#of(Object)}: {@code String}, {@code Integer}, {@code Long},
 * {@code Boolean}, {@code byte[]}, {@code Double}, {@code UUID}, and {@code Short},
 * {@code Byte} and {@code Float}, which arrive as {@code Integer} and {@code Double}) is
 * carried under its own name, among them {@code correlationId}, {@code sequenceNumber},
 * {@code sequenceSize}, {@code priority}, {@code expirationDate}, {@code traceparent},
 * {@code tracestate} and user headers. {@code contentType} is carried as its
 * {@code String} form. Spring's {@code id} and {@code timestamp} are generated anew by
 * the receiving process, as with Spring Integration's other adapters; with
 * {@link #setSourceHeaders(boolean)} the sender's travel as {@link IpcHeaders#SOURCE_ID}
 * and {@link IpcHeaders#SOURCE_TIMESTAMP}. Silently left out: {@code replyChannel} and
 * {@code errorChannel} (they mean nothing in another process, and are also dropped from
 * received frames), {@link IpcHeaders#TRANSPORT} and {@link IpcHeaders#CHANNEL} (set by
 * inbound adapters), headers whose value has no wire type (for example
 * {@code sequenceDetails} or a {@code MimeType} other than the content type), and headers
 * excluded by {@link #setHeaderPatterns(String...)}.
 * <p>
 * Flags, correlation id and timestamp of the frames this mapper creates are {@code 0}:
 * the transport stamps them.
 * <p>
 * Configure an instance before use; then it is thread-safe.
 *
 * @author hostipc
 */
public class IpcMessageMapper {

	private static final boolean JACKSON_PRESENT = ClassUtils.isPresent("tools.jackson.databind.json.JsonMapper",
			IpcMessageMapper.class.getClassLoader());

	private static final String TEXT_PLAIN_UTF8 = "text/plain;charset=UTF-8";

	private static final String OCTET_STREAM = MimeTypeUtils.APPLICATION_OCTET_STREAM_VALUE;

	private final MessageConverter converter;

	private Class<?> payloadType;

	private String[] headerPatterns = { "*" };

	private boolean sendsEveryHeader = true;

	private boolean sourceHeaders;

	/**
	 * Create a mapper with the default converters: {@code byte[]}, text and, when Jackson
	 * 3 is on the classpath, JSON.
	 */
	public IpcMessageMapper() {
		this(defaultConverter());
	}

	/**
	 * Create a mapper that converts payloads other than {@code byte[]} and {@code String}
	 * with the given converter.
	 * @param converter the converter
	 */
	public IpcMessageMapper(MessageConverter converter) {
		Assert.notNull(converter, "'converter' must not be null");
		this.converter = converter;
	}

	private static MessageConverter defaultConverter() {
		List<MessageConverter> converters = new ArrayList<>(3);
		converters.add(new ByteArrayMessageConverter());
		converters.add(new AnyTextMessageConverter());
		if (JACKSON_PRESENT) {
			converters.add(new JacksonJsonMessageConverter());
		}
		return new CompositeMessageConverter(converters);
	}

	/**
	 * Set the type inbound payloads are converted to, whatever their content type; by
	 * default {@code text/*} payloads become {@code String} and others stay
	 * {@code byte[]}.
	 * @param payloadType the payload type, or {@code null} for the default
	 */
	public void setPayloadType(Class<?> payloadType) {
		this.payloadType = payloadType;
	}

	/**
	 * Return the type inbound payloads are converted to.
	 * @return the payload type, or {@code null} when not set
	 */
	public Class<?> getPayloadType() {
		return this.payloadType;
	}

	/**
	 * Set which headers are sent, as simple patterns ({@code *} wildcards) tried in
	 * order; the first that matches decides, and a pattern starting with {@code !}
	 * excludes. A header no pattern matches is not sent. The content type and, when
	 * {@link #setSourceHeaders(boolean) enabled}, the {@code ipc_source*} headers are
	 * always sent. Default {@code *}.
	 * @param patterns the patterns, for example {@code "!secret*", "*"}
	 */
	public void setHeaderPatterns(String... patterns) {
		Assert.notEmpty(patterns, "'patterns' must not be empty");
		Assert.noNullElements(patterns, "'patterns' must not contain null elements");
		this.headerPatterns = patterns.clone();
		this.sendsEveryHeader = patterns.length > 0 && "*".equals(patterns[0]);
	}

	/**
	 * Set whether a message's {@code id} and {@code timestamp} are sent, as
	 * {@link IpcHeaders#SOURCE_ID} and {@link IpcHeaders#SOURCE_TIMESTAMP}, so that the
	 * receiving process can tell which message of the sender it got. Default
	 * {@code false}: like Spring Integration's other adapters, the receiver only gets its
	 * own new {@code id} and {@code timestamp}, and frames stay 61 bytes smaller (a
	 * {@code traceparent} header, when tracing is on, crosses either way). Headers of
	 * these names already on the message (from an earlier hop) are sent either way,
	 * unless this option replaces them.
	 * @param sourceHeaders whether to send the source id and timestamp
	 */
	public void setSourceHeaders(boolean sourceHeaders) {
		this.sourceHeaders = sourceHeaders;
	}

	/**
	 * Return whether a message's {@code id} and {@code timestamp} are sent.
	 * @return whether the source headers are sent
	 * @see #setSourceHeaders(boolean)
	 */
	public boolean isSourceHeaders() {
		return this.sourceHeaders;
	}

	/**
	 * Map a message to a frame with flags, correlation id and timestamp {@code 0}.
	 * @param message the message
	 * @return the frame
	 * @throws MessageConversionException if the payload cannot be converted to bytes
	 */
	public Frame toFrame(Message<?> message) {
		Assert.notNull(message, "'message' must not be null");
		return toFrame(message, false);
	}

	/**
	 * Map a handler's reply to a frame. Spring Integration copies the request's headers
	 * to the reply, {@code contentType} included, so a content type equal to the
	 * request's is taken as inherited and the reply's own payload decides it (a record
	 * returned for a text request is sent as JSON). The other headers the reply inherited
	 * unchanged (the very same value as the request's) are not sent back: the requester
	 * has them already, and its outbound gateway adds its request's headers to the reply
	 * as Spring Integration does.
	 * @param reply the reply
	 * @param request the request it answers
	 * @return the frame
	 * @throws MessageConversionException if the payload cannot be converted to bytes
	 */
	public Frame toReplyFrame(Message<?> reply, Message<?> request) {
		Assert.notNull(reply, "'reply' must not be null");
		Object replyType = reply.getHeaders().get(MessageHeaders.CONTENT_TYPE);
		boolean inherited = replyType != null
				&& replyType.equals(request.getHeaders().get(MessageHeaders.CONTENT_TYPE));
		return toFrame(reply, inherited, request.getHeaders());
	}

	private Frame toFrame(Message<?> message, boolean ignoreContentType) {
		return toFrame(message, ignoreContentType, null);
	}

	private Frame toFrame(Message<?> message, boolean ignoreContentType, MessageHeaders inheritedFrom) {
		MessageHeaders headers = message.getHeaders();
		MimeType contentType = ignoreContentType ? null : contentType(headers.get(MessageHeaders.CONTENT_TYPE), true);
		Object payload = message.getPayload();
		byte[] bytes;
		String contentTypeValue;
		if (payload instanceof byte[] array) {
			bytes = array;
			contentTypeValue = bytesContentType(contentType, inheritedFrom);
		}
		else if (payload instanceof String text) {
			bytes = text.getBytes(charset(contentType));
			contentTypeValue = (contentType != null) ? contentType.toString() : TEXT_PLAIN_UTF8;
		}
		else {
			Message<?> converted = write(payload, (contentType != null) ? contentType : MimeTypeUtils.APPLICATION_JSON);
			bytes = (byte[]) converted.getPayload();
			contentTypeValue = contentType(converted.getHeaders().get(MessageHeaders.CONTENT_TYPE), true).toString();
		}
		return Frame.wrap(outboundHeaders(headers, contentTypeValue, inheritedFrom), bytes);
	}

	/**
	 * Return the content type sent with a {@code byte[]} payload: the message's, or none,
	 * except that a reply to a request with a content type is labelled as bytes (the
	 * requester would give it the request's otherwise).
	 */
	private static String bytesContentType(MimeType contentType, MessageHeaders inheritedFrom) {
		if (contentType != null) {
			return contentType.toString();
		}
		boolean requestTyped = inheritedFrom != null && inheritedFrom.get(MessageHeaders.CONTENT_TYPE) != null;
		return requestTyped ? OCTET_STREAM : null;
	}

	private Message<?> write(Object payload, MimeType contentType) {
		Message<?> converted = this.converter.toMessage(payload, new ConversionHeaders(contentType));
		if (converted == null) {
			throw new MessageConversionException(
					"No converter can write a payload of type " + payload.getClass().getName() + " as " + contentType
							+ ((JACKSON_PRESENT) ? "" : "; add tools.jackson.core:jackson-databind for JSON")
							+ ", or send byte[] or String");
		}
		if (converted.getPayload() instanceof String text) {
			MimeType type = contentType(converted.getHeaders().get(MessageHeaders.CONTENT_TYPE), true);
			Map<String, Object> headers = Collections.singletonMap(MessageHeaders.CONTENT_TYPE,
					(type != null) ? type : contentType);
			return new GenericMessage<>(text.getBytes(charset(type)), headers);
		}
		if (!(converted.getPayload() instanceof byte[])) {
			throw new MessageConversionException("The converter wrote a payload of type " + payload.getClass().getName()
					+ " as " + converted.getPayload().getClass().getName() + " instead of byte[] or String");
		}
		if (converted.getHeaders().get(MessageHeaders.CONTENT_TYPE) == null) {
			return new GenericMessage<>(converted.getPayload(), new ConversionHeaders(contentType));
		}
		return converted;
	}

	private Map<String, Object> outboundHeaders(MessageHeaders headers, String contentType,
			MessageHeaders inheritedFrom) {
		// an array map: a message has few headers, and they are distinct already
		HeaderArrayMap result = new HeaderArrayMap(headers.size() + 3);
		if (contentType != null) {
			result.add(MessageHeaders.CONTENT_TYPE, contentType);
		}
		UUID id = headers.getId();
		Long timestamp = headers.getTimestamp();
		boolean sourceIdWritten = this.sourceHeaders && id != null;
		boolean sourceTimestampWritten = this.sourceHeaders && timestamp != null;
		if (sourceIdWritten) {
			result.add(IpcHeaders.SOURCE_ID, id);
		}
		if (sourceTimestampWritten) {
			result.add(IpcHeaders.SOURCE_TIMESTAMP, timestamp);
		}
		if (headers.size() == ((id != null) ? 1 : 0) + ((timestamp != null) ? 1 : 0)) {
			// nothing but the id and timestamp: skip walking the map
			return result;
		}
		for (Map.Entry<String, Object> header : headers.entrySet()) {
			String name = header.getKey();
			Object value = header.getValue();
			if (isSent(name, sourceIdWritten, sourceTimestampWritten) && HeaderType.of(value) != null
					&& (inheritedFrom == null || inheritedFrom.get(name) != value)) {
				result.add(name, value);
			}
		}
		return result;
	}

	/**
	 * Return whether a message header is sent under its own name: not one the mapper
	 * writes itself (the content type and, when the message has them, the source id and
	 * timestamp of an earlier hop are replaced), not one that means nothing in another
	 * process, and one the header patterns select.
	 */
	private boolean isSent(String name, boolean sourceIdWritten, boolean sourceTimestampWritten) {
		switch (name) {
			case MessageHeaders.ID, MessageHeaders.TIMESTAMP, MessageHeaders.REPLY_CHANNEL,
					MessageHeaders.ERROR_CHANNEL, MessageHeaders.CONTENT_TYPE, IpcHeaders.TRANSPORT, IpcHeaders.CHANNEL:
				return false;
			case IpcHeaders.SOURCE_ID:
				return !sourceIdWritten;
			case IpcHeaders.SOURCE_TIMESTAMP:
				return !sourceTimestampWritten;
			default:
				if (this.sendsEveryHeader) {
					return true;
				}
				for (String pattern : this.headerPatterns) {
					boolean negated = pattern.startsWith("!");
					if (PatternMatchUtils.simpleMatch(negated ? pattern.substring(1) : pattern, name)) {
						return !negated;
					}
				}
				return false;
		}
	}

	/**
	 * Map a frame to a message carrying the frame's headers, except {@code replyChannel}
	 * and {@code errorChannel}, which a peer must not set. The message gets a new
	 * {@code id} and {@code timestamp}.
	 * @param frame the frame
	 * @return the message
	 * @throws MessageConversionException if a {@link #setPayloadType(Class) payload type}
	 * is set and the payload cannot be converted to it
	 */
	public Message<?> toMessage(Frame frame) {
		Assert.notNull(frame, "'frame' must not be null");
		Map<String, Object> headers = frame.headers();
		MimeType contentType = inboundContentType(headers.get(MessageHeaders.CONTENT_TYPE));
		return new GenericMessage<>(payload(frame.payload(), contentType),
				new InboundHeaders(headers, null, null, null));
	}

	/**
	 * Map a reply frame to the message an outbound gateway produces: like
	 * {@link #toMessage(Frame)}, with the request's headers that the reply does not carry
	 * added the way Spring Integration adds them to a handler's reply (all but
	 * {@code id}, {@code timestamp} and those matching a not-propagated pattern; none
	 * when a pattern is {@code *}), in the one header map of the new message.
	 * @param reply the reply frame
	 * @param requestHeaders the headers of the request message
	 * @param notPropagated the patterns of headers not to add
	 * ({@link org.springframework.util.PatternMatchUtils#simpleMatch(String, String)}
	 * syntax)
	 * @return the message
	 * @throws MessageConversionException if a {@link #setPayloadType(Class) payload type}
	 * is set and the payload cannot be converted to it
	 */
	public Message<?> toReplyMessage(Frame reply, MessageHeaders requestHeaders, Collection<String> notPropagated) {
		Assert.notNull(reply, "'reply' must not be null");
		Map<String, Object> headers = reply.headers();
		MimeType contentType = inboundContentType(headers.get(MessageHeaders.CONTENT_TYPE));
		InboundHeaders replyHeaders = new InboundHeaders(headers, null, null, null);
		if (!notPropagated.contains("*")) {
			replyHeaders.inherit(requestHeaders, notPropagated);
		}
		return new GenericMessage<>(payload(reply.payload(), contentType), replyHeaders);
	}

	/**
	 * Map a frame received on a channel and checked in place, like
	 * {@link #toMessage(Frame)}, adding the {@link IpcHeaders#CHANNEL} and
	 * {@link IpcHeaders#TRANSPORT} headers and reading its headers and payload straight
	 * from the transport's buffer into the new message (no intermediate {@link Frame}),
	 * with the view's {@link FrameView#setReceiptHeader receipt header} if it has one.
	 * @param frame the frame, valid during the call
	 * @param channel the receiving channel's name, or {@code null} to add no header
	 * @param transport the transport id, or {@code null} to add no header
	 * @return the message
	 * @throws MessageConversionException if a {@link #setPayloadType(Class) payload type}
	 * is set and the payload cannot be converted to it
	 */
	public Message<?> toMessage(FrameView frame, String channel, String transport) {
		return toRequestMessage(frame, channel, transport, null);
	}

	/**
	 * Map a request received on a channel and checked in place, like
	 * {@link #toMessage(FrameView, String, String)}, with {@code replyChannel} and
	 * {@code errorChannel} headers set to the channel that takes its reply, in the one
	 * header map of the new message (an inbound gateway would otherwise copy the message
	 * to add them). Override it together with
	 * {@link #toMessage(FrameView, String, String)}.
	 * @param frame the frame, valid during the call
	 * @param channel the receiving channel's name, or {@code null} to add no header
	 * @param transport the transport id, or {@code null} to add no header
	 * @param replyChannel the channel for the reply and for errors, or {@code null} for
	 * neither header
	 * @return the message
	 * @throws MessageConversionException if a {@link #setPayloadType(Class) payload type}
	 * is set and the payload cannot be converted to it
	 */
	public Message<?> toRequestMessage(FrameView frame, String channel, String transport, MessageChannel replyChannel) {
		Assert.notNull(frame, "'frame' must not be null");
		InboundHeaders headers = new InboundHeaders(frame, channel, transport, replyChannel);
		byte[] payload = new byte[frame.payloadLength()];
		frame.getPayload(payload, 0);
		MimeType contentType = inboundContentType(headers.get(MessageHeaders.CONTENT_TYPE));
		return new GenericMessage<>(payload(payload, contentType), headers);
	}

	/**
	 * Resolve the content type of a received frame, parsing it only when the payload's
	 * conversion depends on it: always with a payload type, otherwise only for text.
	 */
	private MimeType inboundContentType(Object value) {
		if (this.payloadType == null && value instanceof String text && !isText(text)) {
			return null;
		}
		return contentType(value, false);
	}

	private static boolean isText(String contentType) {
		int start = 0;
		while (start < contentType.length() && Character.isWhitespace(contentType.charAt(start))) {
			start++;
		}
		return contentType.regionMatches(true, start, "text/", 0, 5);
	}

	private Object payload(byte[] bytes, MimeType contentType) {
		Class<?> type = this.payloadType;
		if (type == null) {
			if (contentType != null && "text".equals(contentType.getType())) {
				return new String(bytes, charset(contentType));
			}
			return bytes;
		}
		if (type == byte[].class) {
			return bytes;
		}
		GenericMessage<byte[]> carrier = new GenericMessage<>(bytes, new ConversionHeaders(contentType));
		Object payload = this.converter.fromMessage(carrier, type);
		if (payload == null) {
			throw new MessageConversionException("Cannot convert a payload of " + bytes.length + " bytes with "
					+ ((contentType != null) ? "content type " + contentType : "no content type") + " to "
					+ type.getName());
		}
		return payload;
	}

	/**
	 * Resolve a content type header; a value that is not a valid MIME type is an error
	 * outbound and treated as absent inbound, where the peer may not be a Java process.
	 */
	private static MimeType contentType(Object value, boolean strict) {
		if (value instanceof MimeType mimeType) {
			return mimeType;
		}
		if (value instanceof String text && !text.isEmpty()) {
			try {
				return MimeTypeUtils.parseMimeType(text);
			}
			catch (InvalidMimeTypeException ex) {
				if (strict) {
					throw new MessageConversionException("Invalid contentType header '" + text + "'", ex);
				}
			}
		}
		return null;
	}

	private static Charset charset(MimeType contentType) {
		Charset charset = (contentType != null) ? contentType.getCharset() : null;
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

	/**
	 * The headers of a received message, copied from the frame once: without the
	 * {@code replyChannel} and {@code errorChannel} a peer must not pick in this process,
	 * with the receiving channel and transport (and the reply channel of a request, when
	 * given), and with a new id and timestamp.
	 */
	private static final class InboundHeaders extends MessageHeaders {

		InboundHeaders(Map<String, Object> headers, String channel, String transport, MessageChannel replyChannel) {
			super(headers, newId(), null);
			Map<String, Object> raw = getRawHeaders();
			raw.remove(REPLY_CHANNEL);
			raw.remove(ERROR_CHANNEL);
			addChannels(raw, channel, transport, replyChannel);
		}

		/**
		 * Copy the headers of a frame view into the new headers directly, leaving out
		 * those the new message sets itself or a peer must not set.
		 */
		InboundHeaders(FrameView frame, String channel, String transport, MessageChannel replyChannel) {
			super(null, newId(), null);
			Map<String, Object> raw = getRawHeaders();
			HeaderCursor cursor = frame.headers();
			while (cursor.next()) {
				String key = cursor.key();
				switch (key) {
					case ID, TIMESTAMP, REPLY_CHANNEL, ERROR_CHANNEL -> {
					}
					default -> raw.put(key, cursor.value());
				}
			}
			if (frame.receiptHeaderName() != null) {
				raw.put(frame.receiptHeaderName(), frame.receiptHeaderValue());
			}
			addChannels(raw, channel, transport, replyChannel);
		}

		/**
		 * Return the id of a received message: from the configured
		 * {@link org.springframework.util.IdGenerator}, except that Spring's default
		 * random one is replaced by an equally random, contention-free
		 * {@link ThreadLocalRandom}.
		 */
		private static UUID newId() {
			IdGenerator generator = getIdGenerator();
			if (generator instanceof AlternativeJdkIdGenerator) {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				return new UUID(random.nextLong(), random.nextLong());
			}
			return generator.generateId();
		}

		/**
		 * Add the headers of a request that these headers lack, as Spring Integration
		 * copies them to a reply.
		 */
		void inherit(MessageHeaders request, Collection<String> notPropagated) {
			Map<String, Object> raw = getRawHeaders();
			for (Map.Entry<String, Object> header : request.entrySet()) {
				String key = header.getKey();
				if (!ID.equals(key) && !TIMESTAMP.equals(key) && !raw.containsKey(key)
						&& !matchesAny(notPropagated, key)) {
					raw.put(key, header.getValue());
				}
			}
		}

		private static boolean matchesAny(Collection<String> patterns, String name) {
			for (String pattern : patterns) {
				if (PatternMatchUtils.simpleMatch(pattern, name)) {
					return true;
				}
			}
			return false;
		}

		private static void addChannels(Map<String, Object> raw, String channel, String transport,
				MessageChannel replyChannel) {
			if (channel != null) {
				raw.put(IpcHeaders.CHANNEL, channel);
			}
			if (transport != null) {
				raw.put(IpcHeaders.TRANSPORT, transport);
			}
			if (replyChannel != null) {
				raw.put(REPLY_CHANNEL, replyChannel);
				raw.put(ERROR_CHANNEL, replyChannel);
			}
		}

	}

	/**
	 * Headers that carry only a content type to a converter, without generating an id and
	 * a timestamp.
	 */
	private static final class ConversionHeaders extends MessageHeaders {

		ConversionHeaders(MimeType contentType) {
			super((contentType != null) ? Collections.singletonMap(CONTENT_TYPE, contentType) : null, ID_VALUE_NONE,
					-1L);
		}

	}

}
