package com.motovaultpro.dashboard;

import com.motovaultpro.platform.web.ProblemType;
import com.motovaultpro.platform.web.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A chart name that is not one of {@link DashboardService#CHARTS}. */
public class UnknownChartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownChartException(String name) {
        super("No chart named '" + name + "'; charts are " + String.join(", ", DashboardService.CHARTS), null, false,
                false);
    }

    /** 404 in the API, naming the charts there are. */
    @Provider
    public static class Mapper implements ExceptionMapper<UnknownChartException> {
        @Override
        public Response toResponse(UnknownChartException exception) {
            return Problems.response(ProblemType.NOT_FOUND, exception.getMessage());
        }
    }
}
