package dev.meridian.channels.chat.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A frame whose body is not the JSON its destination takes (from a broken or hostile
 * client) is dropped with a debug line: without this Spring logs each one as an error, so
 * a client sending junk could fill the server's log. The socket stays open and the client
 * hears nothing; the widget shows a line without an answer as not sent.
 */
@ControllerAdvice(assignableTypes = { LiveChatController.class, LiveVisitorLines.class })
class LiveInputProblems {

	private static final Logger log = LoggerFactory.getLogger(LiveInputProblems.class);

	@MessageExceptionHandler({ MessageConversionException.class, MethodArgumentResolutionException.class })
	void unreadable(Exception ex) {
		log.debug("A live frame was dropped: {}", ex.getMessage());
	}

}
