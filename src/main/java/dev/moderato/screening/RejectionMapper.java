package dev.moderato.screening;

import dev.moderato.platform.i18n.Languages;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class RejectionMapper {

    @ServerExceptionMapper
    public Response rejected(Rejection rejection, HttpHeaders headers) {
        return rejection.toResponse(Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}
