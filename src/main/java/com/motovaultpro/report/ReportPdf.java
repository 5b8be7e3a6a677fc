package com.motovaultpro.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.motovaultpro.dashboard.ExpenseType;
import com.motovaultpro.vehicle.Vehicle;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes a vehicle's history report as a PDF (A4 landscape, the table header repeated on every
 * page), streaming: rows are flushed to the output every {@value #FLUSH_EVERY} lines, so memory
 * stays flat however long the history. Text comes from the caller's message bundle; numbers,
 * dates and money in their format.
 */
public final class ReportPdf {

    private static final int FLUSH_EVERY = 100;
    private static final float[] WIDTHS = {10, 11, 31, 10, 9, 11, 18};

    private final Function<String, String> text;
    private final NumberFormat money;
    private final NumberFormat number;
    private final DateTimeFormatter dates;
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);

    /**
     * @param text     message by key in the reader's language
     * @param locale   number and date format
     * @param currency money
     */
    public ReportPdf(Function<String, String> text, Locale locale, Currency currency) {
        this.text = text;
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(currency);
        this.number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /**
     * @param lines feeds each line (in order) to the consumer it is given; called once
     */
    public void write(Vehicle vehicle, ReportFilter filter, Consumer<Consumer<ReportLine>> lines, OutputStream out)
            throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text.apply("report.title") + " " + vehicle.getIdentifier());
            document.addCreator("MotoVaultPro");
            document.open();
            document.add(new Paragraph(text.apply("report.title") + ": " + vehicle.getIdentifier(),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            document.add(new Paragraph(vehicle.getYear() + " " + vehicle.getMake() + " " + vehicle.getModel()
                    + (vehicle.getTrim() == null ? "" : " " + vehicle.getTrim()), body));
            document.add(new Paragraph(period(filter), body));
            document.add(new Paragraph(" ", body));

            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String key : new String[] {"record.date", "report.type", "report.description", "record.odometer",
                    "report.quantity", "record.cost", "record.tags"}) {
                table.addCell(cell(text.apply(key), bold, Element.ALIGN_LEFT));
            }
            ReportTotals totals = new ReportTotals();
            DocumentException[] failed = new DocumentException[1];
            lines.accept(line -> {
                totals.add(line);
                table.addCell(cell(dates.format(line.date()), body, Element.ALIGN_LEFT));
                table.addCell(cell(text.apply("recordType." + line.type()), body, Element.ALIGN_LEFT));
                table.addCell(cell(description(line), body, Element.ALIGN_LEFT));
                table.addCell(cell(line.odometer() == null ? "" : number.format(line.odometer()), body, Element.ALIGN_RIGHT));
                table.addCell(cell(line.quantity() == null ? "" : number.format(line.quantity()), body, Element.ALIGN_RIGHT));
                table.addCell(cell(line.cost() == null ? "" : money.format(line.cost()), body, Element.ALIGN_RIGHT));
                table.addCell(cell(String.join(", ", line.tags()), body, Element.ALIGN_LEFT));
                if (totals.records() % FLUSH_EVERY == 0 && failed[0] == null) {
                    try {
                        document.add(table);
                    } catch (DocumentException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            table.setComplete(true);
            document.add(table);
            document.add(new Paragraph(" ", body));
            document.add(new Paragraph(text.apply("report.records") + ": " + totals.records(), bold));
            for (ExpenseType type : ExpenseType.values()) {
                BigDecimal amount = totals.expenses().get(type);
                if (amount != null) {
                    document.add(new Paragraph(text.apply("logbook.tab." + type.tab()) + ": " + money.format(amount), body));
                }
            }
            document.add(new Paragraph(text.apply("report.totalExpenses") + ": " + money.format(totals.total()), bold));
        } catch (DocumentException e) {
            throw new IOException("Cannot write the report", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private String period(ReportFilter filter) {
        String from = filter.from().map(dates::format).orElse("…");
        String to = filter.to().map(dates::format).orElse("…");
        String tags = filter.tags().isEmpty() ? "" : " · " + text.apply("record.tags") + ": " + String.join(", ", filter.tags());
        return text.apply("report.period") + ": " + from + " – " + to + tags;
    }

    private static String description(ReportLine line) {
        String summary = line.summary() == null ? "" : line.summary();
        if (line.notes() == null || line.notes().isBlank() || "NOTE".equals(line.type()) && summary.isEmpty()) {
            return summary;
        }
        String notes = line.notes().strip().replaceAll("\\s+", " ");
        notes = notes.length() > 200 ? notes.substring(0, 199) + "…" : notes;
        return summary.isEmpty() ? notes : summary + " — " + notes;
    }

    private static PdfPCell cell(String content, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }
}
