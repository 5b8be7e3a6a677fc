package com.motovaultpro.report.web;

import com.motovaultpro.platform.api.InvalidParameterException;
import com.motovaultpro.platform.web.FacesMessages;
import com.motovaultpro.report.HistoryReport;
import com.motovaultpro.report.ReportFilter;
import com.motovaultpro.report.ReportLine;
import com.motovaultpro.report.ReportTotals;
import com.motovaultpro.vehicle.Vehicle;
import com.motovaultpro.vehicle.VehicleNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * vehicles/report.xhtml: the printable history of one of the caller's vehicles, filtered by a
 * date range and tags (a plain GET form, so the filtered report has its own address); the same
 * filter downloads it as PDF.
 */
@Named
@RequestScoped
public class ReportView {

    @Inject
    HistoryReport report;

    private String id;
    private String from;
    private String to;
    private String tags;
    private Vehicle vehicle;
    private ReportFilter filter = ReportFilter.EVERYTHING;
    private List<ReportLine> lines;
    private final ReportTotals totals = new ReportTotals();

    public void load() throws IOException {
        try {
            vehicle = report.vehicle(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | VehicleNotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        try {
            filter = ReportFilter.parse(from, to, tagList());
        } catch (InvalidParameterException e) {
            FacesMessages.error(null, "report.filter.invalid." + e.parameter());
            filter = ReportFilter.EVERYTHING;
        }
    }

    /** The report's lines, oldest first (loaded once per request). */
    public List<ReportLine> getLines() {
        if (lines == null) {
            List<ReportLine> loaded = new ArrayList<>();
            report.lines(vehicle, filter, line -> {
                totals.add(line);
                loaded.add(line);
            });
            lines = loaded;
        }
        return lines;
    }

    public ReportTotals getTotals() {
        getLines();
        return totals;
    }

    /** The PDF of the same filter. */
    public String getPdfUrl() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/vehicles/report.pdf?id=").append(vehicle.getId());
        filter.from().ifPresent(d -> url.append("&from=").append(d));
        filter.to().ifPresent(d -> url.append("&to=").append(d));
        filter.tags().forEach(t -> url.append("&tag=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** Tags as one line of text. */
    public String joined(List<String> tags) {
        return String.join(", ", tags);
    }

    private List<String> tagList() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public ReportFilter getFilter() {
        return filter;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
