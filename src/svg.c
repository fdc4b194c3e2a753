/*
 * svg.c: charts drawn at build time as inline SVG, each with a <title> and
 * <desc> (the data is also in a table beside it). No chart library, no
 * request to any other host. Percents come in tenths of a percent, -1 for
 * a month without data.
 */
#include "apbd/site.h"

#define W 640
#define H 300
#define L 48    /* room for the axis labels */
#define B 36
#define T 12
#define R 12

static double x_of(int month)
{
    return L + (double)(month - 1) * (W - L - R) / 11.0;
}

static double y_of(int tenths)
{
    int v = tenths < 0 ? 0 : tenths > 1100 ? 1100 : tenths;
    return T + (H - T - B) * (1.0 - v / 1100.0);
}

static void polyline(struct apbd_page *p, const int *pct, int n, const char *cls, int dashed)
{
    int started = 0;
    for (int m = 1; m <= n; m++) {
        if (pct[m - 1] < 0)
            continue;
        if (!started) {
            apbd_html_rawf(p, "<polyline class=\"%s\" fill=\"none\"%s points=\"", cls,
                           dashed ? " stroke-dasharray=\"6 4\"" : "");
            started = 1;
        }
        apbd_html_rawf(p, "%.1f,%.1f ", x_of(m), y_of(pct[m - 1]));
    }
    if (started)
        apbd_html_raw(p, "\"/>");
}

void apbd_svg_year_curve(struct apbd_page *p, const char *id, const int *pct_this,
                         const int *pct_last, const int *pct_plan, int months, const char *title,
                         const char *desc)
{
    apbd_html_rawf(p, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-t %s-d\">"
                      "<title id=\"%s-t\">", W, H, id, id, id);
    apbd_html_text(p, title);
    apbd_html_rawf(p, "</title><desc id=\"%s-d\">", id);
    apbd_html_text(p, desc);
    apbd_html_raw(p, "</desc>");
    for (int v = 0; v <= 1000; v += 250) {
        apbd_html_rawf(p, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                          "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>",
                       L, W - R, y_of(v), y_of(v), L - 6, y_of(v) + 4, v / 10);
    }
    for (int m = 1; m <= 12; m++)
        apbd_html_rawf(p, "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                       x_of(m), H - B + 18, m);
    apbd_html_rawf(p, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", L, W - R,
                   y_of(0), y_of(0));
    if (pct_plan)
        polyline(p, pct_plan, 12, "line-rencana", 1);
    if (pct_last)
        polyline(p, pct_last, 12, "line-lalu", 0);
    polyline(p, pct_this, months, "line-realisasi", 0);
    apbd_html_raw(p, "</svg>");
}

void apbd_svg_sparkline(struct apbd_page *p, const int *pct, int n, const char *label)
{
    apbd_html_raw(p, "<svg class=\"spark\" viewBox=\"0 0 120 30\" width=\"120\" height=\"30\" role=\"img\" aria-label=\"");
    apbd_html_attr(p, label);
    apbd_html_raw(p, "\"><polyline class=\"line-realisasi\" fill=\"none\" points=\"");
    for (int m = 1; m <= n; m++) {
        if (pct[m - 1] < 0)
            continue;
        int v = pct[m - 1] > 1100 ? 1100 : pct[m - 1];
        apbd_html_rawf(p, "%.1f,%.1f ", 4 + (m - 1) * 112.0 / 11.0, 27 - v * 24.0 / 1100.0);
    }
    apbd_html_raw(p, "\"/></svg>");
}
