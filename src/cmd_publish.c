/*
 * cmd_publish.c: apbd publish [--budgets DIR] --repo PATH [--until YYYY-MM]
 *                [--branch B] [--date D] [--author "Name <mail>"]
 *                [--push REMOTE|URL] [--dry-run]
 *
 * Builds every month up to --until into a staging directory, checks it,
 * and publishes it as one commit (publish.c). The commit message sums up
 * the month and lists the inputs with their SHA-256.
 */
#include <errno.h>
#include <getopt.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apbd/build.h"
#include "apbd/cmd.h"
#include "apbd/fsutil.h"
#include "apbd/gitread.h"
#include "apbd/jsoncheck.h"
#include "apbd/publish.h"
#include "apbd/report.h"
#include "apbd/status.h"
#include "apbd/timing.h"
#include "apbd/version.h"

static const char usage[] =
    "usage: apbd publish [--budgets DIR] --repo PATH [--until YYYY-MM] [--branch B]\n"
    "                    [--date YYYY-MM-DD] [--author \"Name <mail>\"] [--push REMOTE|URL]\n"
    "                    [--dry-run] [--lang id|en] [--quiet]\n"
    "\n"
    "Publish every month of DIR (default budgets/) up to --until (default: the\n"
    "latest) as one commit on the branch (default: pemda.ini's, else gh-pages)\n"
    "of the repository PATH (made bare when it does not exist), tag new and\n"
    "corrected months, and push when asked. --dry-run says what would change\n"
    "and keeps the built site for a preview.\n";

static const char *const bulan[] = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
    "September", "Oktober", "November", "Desember",
};

static const char *const lra_names[APBD_LRA_ROWS] = {
    "Pendapatan daerah", "Belanja daerah", "Surplus/(defisit)", "Penerimaan pembiayaan",
    "Pengeluaran pembiayaan", "Pembiayaan netto", "SiLPA",
};

/* The subject names the month and its belanja ratio; the body holds the
 * LRA, the inputs with their digests, and the generator. */
static char *commit_message(const struct apbd_build_result *r)
{
    char *buf = NULL;
    size_t len;
    FILE *f = open_memstream(&buf, &len);
    int month = atoi(r->latest + 5);
    char pct[APBD_MONEY_BUF];
    const struct apbd_lra *l = &r->latest_lra;
    if (!apbd_percent_format_dp(pct, l->belanja.realisasi, l->belanja.anggaran, APBD_NUM_ID, 1))
        snprintf(pct, sizeof(pct), "-");
    const char *nama = r->pemda.nama_singkat ? r->pemda.nama_singkat : r->pemda.nama;
    if (month == 0) {           /* the approved budget, before any realization */
        fprintf(f, "APBD %s %.4s: anggaran yang disahkan, belum ada realisasi\n\n", nama, r->latest);
        fprintf(f, "Anggaran %s %.4s (rupiah):\n\n", r->pemda.nama, r->latest);
    } else {
        fprintf(f, "APBD %s %s %.4s: belanja %s%% terealisasi\n\n", nama,
                month >= 1 && month <= 12 ? bulan[month - 1] : "?", r->latest, pct);
        fprintf(f, "Laporan Realisasi Anggaran %s, s.d. %s %.4s (rupiah):\n\n",
                r->pemda.nama, month >= 1 && month <= 12 ? bulan[month - 1] : "?", r->latest);
    }
    fprintf(f, "  %-24s %26s %26s %9s\n", "", "anggaran", "realisasi", "persen");
    for (int i = 0; i < APBD_LRA_ROWS; i++) {
        const struct apbd_pair *p = apbd_lra_row(l, i);
        char a[APBD_MONEY_BUF], re[APBD_MONEY_BUF], pc[APBD_MONEY_BUF];
        if (!apbd_percent_format(pc, p->realisasi, p->anggaran, APBD_NUM_ID))
            snprintf(pc, sizeof(pc), "-");
        fprintf(f, "  %-24s %26s %26s %8s%%\n", lra_names[i],
                apbd_money_format_grouped(a, p->anggaran, APBD_NUM_ID),
                apbd_money_format_grouped(re, p->realisasi, APBD_NUM_ID), pc);
    }
    fprintf(f, "\nBulan yang diterbitkan: %s s.d. %s (%zu bulan)\n", r->first, r->latest, r->months);
    fprintf(f, "\nBerkas masukan (SHA-256):\n");
    for (size_t i = 0; i < r->ninputs; i++)
        fprintf(f, "  %s  %s\n", r->inputs[i].sha256, r->inputs[i].name);
    fprintf(f, "\nTanggal terbit %s; dibuat dengan apbd %s.\n", r->date.text, APBD_VERSION);
    fclose(f);
    return buf;
}

static int64_t json_sen(json_object *o, const char *row, const char *key)
{
    json_object *r = NULL, *v = NULL;
    int64_t sen = 0;
    if (json_object_object_get_ex(o, row, &r) && json_object_object_get_ex(r, key, &v)) {
        const char *t = json_object_to_json_string_ext(v, JSON_C_TO_STRING_PLAIN);
        apbd_number_parse(t, strlen(t), APBD_NUM_EN, 2, &sen);
    }
    return sen;
}

static int staged_error(struct apbd_report *rep, const char *path, const char *what)
{
    struct apbd_loc loc = { path, 0, 0, NULL, 0, NULL };
    apbd_report(rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, what, NULL);
    return APBD_EIO;
}

/*
 * What the published tree promises, checked before it is committed: every
 * month's JSON parses back and its LRA reconciles (surplus = pendapatan -
 * belanja, SiLPA = surplus + pembiayaan netto), and every local file the
 * Data Package names is there.
 */
static int check_staged(const char *dir, const struct apbd_build_result *r, struct apbd_report *rep)
{
    char path[PATH_MAX];
    for (int y = atoi(r->first); y <= atoi(r->latest); y++)
        for (int m = 1; m <= 12; m++) {
            snprintf(path, sizeof(path), "%s/%04d/%02d/apbd-%04d-%02d.json", dir, y % 10000,
                     m % 100, y % 10000, m % 100);
            FILE *f = fopen(path, "r");
            if (!f)
                continue;
            fclose(f);
            json_object *ring = NULL;
            if (apbd_json_check_file(path, "ringkasan", &ring) != 0 || !ring) {
                json_object_put(ring);
                return staged_error(rep, path, "the JSON written does not parse back");
            }
            static const char *const keys[] = { "anggaran", "realisasi" };
            int ok = 1;
            for (int k = 0; k < 2; k++) {
                int64_t sd = json_sen(ring, "surplus_defisit", keys[k]);
                ok &= sd == json_sen(ring, "pendapatan", keys[k]) - json_sen(ring, "belanja", keys[k]);
                ok &= json_sen(ring, "silpa", keys[k]) == sd + json_sen(ring, "pembiayaan_netto", keys[k]);
            }
            json_object_put(ring);
            if (!ok)
                return staged_error(rep, path, "the LRA in the JSON does not reconcile");
        }
    snprintf(path, sizeof(path), "%s/data/datapackage.json", dir);
    json_object *pkg = json_object_from_file(path), *res = NULL;
    if (!pkg || !json_object_object_get_ex(pkg, "resources", &res)) {
        json_object_put(pkg);
        return staged_error(rep, path, "the Data Package does not parse back");
    }
    int status = APBD_OK;
    for (size_t i = 0; i < json_object_array_length(res) && status == APBD_OK; i++) {
        json_object *p = NULL;
        json_object_object_get_ex(json_object_array_get_idx(res, i), "path", &p);
        const char *rel = p ? json_object_get_string(p) : "";
        if (strncmp(rel, "http", 4) == 0)
            continue;
        char file[PATH_MAX];
        snprintf(file, sizeof(file), "%s/data/%s", dir, rel);
        FILE *f = fopen(file, "r");
        if (!f)
            status = staged_error(rep, file, "a file the Data Package names is missing");
        else
            fclose(f);
    }
    json_object_put(pkg);
    return status;
}

int apbd_cmd_publish(int argc, char **argv)
{
    static const struct option options[] = {
        { "budgets", required_argument, NULL, 'b' }, { "repo", required_argument, NULL, 'r' },
        { "until", required_argument, NULL, 'u' },   { "branch", required_argument, NULL, 'B' },
        { "date", required_argument, NULL, 'd' },    { "author", required_argument, NULL, 'a' },
        { "push", required_argument, NULL, 'p' },    { "dry-run", no_argument, NULL, 'n' },
        { "lang", required_argument, NULL, 'l' },    { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },          { NULL, 0, NULL, 0 },
    };
    struct apbd_build_opts bo = { .budgets = "budgets" };
    struct apbd_publish_opts po = { 0 };
    const char *lang_opt = NULL, *branch = NULL, *author = NULL;
    int quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "b:r:u:B:d:a:p:nl:qh", options, NULL)) != -1) {
        switch (c) {
        case 'b': bo.budgets = optarg; break;
        case 'r': po.repo = optarg; break;
        case 'u': bo.until = optarg; break;
        case 'B': branch = optarg; break;
        case 'd': bo.date = optarg; break;
        case 'a': author = optarg; break;
        case 'p': po.push = optarg; break;
        case 'n': po.dry_run = 1; break;
        case 'l': lang_opt = optarg; break;
        case 'q': quiet = 1; break;
        case 'h': fputs(usage, stdout); return APBD_OK;
        default: fputs(usage, stderr); return APBD_EUSAGE;
        }
    }
    enum apbd_lang lang;
    if (optind != argc || !po.repo || apbd_lang_pick(lang_opt, &lang) != 0) {
        fputs(usage, stderr);
        return APBD_EUSAGE;
    }
    struct apbd_report rep;
    apbd_report_init(&rep, stderr, lang);
    rep.min_shown = APBD_ERROR;

    /* The branch (pemda.ini's unless --branch) and, from its tip, when each
     * month was published: a month keeps that date while unchanged. */
    struct apbd_pemda pemda;
    char ini[PATH_MAX];
    snprintf(ini, sizeof(ini), "%s/pemda.ini", bo.budgets);
    int loaded = apbd_pemda_load(&pemda, ini, &rep);
    if (loaded != APBD_OK) {
        apbd_pemda_release(&pemda);
        return loaded;
    }
    po.branch = branch ? branch : pemda.branch && *pemda.branch ? pemda.branch : "gh-pages";
    char tipref[300];
    snprintf(tipref, sizeof(tipref), "refs/heads/%s", po.branch);
    char *dates = apbd_git_read(po.repo, tipref, APBD_ARCHIVE_DATE, NULL);
    bo.dates = dates ? dates : "";

    /* The archive of the publication this one follows: a month whose export
     * changed since is compared with its earlier version. */
    /* Made beside the repository (like the staging directory), so a
     * publish killed midway leaves nothing outside its folder; in /tmp
     * when that folder cannot be written. */
    char previous[PATH_MAX - 32], prevsumber[PATH_MAX];
    int repo_len = (int)strlen(po.repo);
    while (repo_len > 1 && po.repo[repo_len - 1] == '/')
        repo_len--;
    snprintf(previous, sizeof(previous), "%.*s.previous-XXXXXX",
             repo_len < PATH_MAX - 64 ? repo_len : PATH_MAX - 64, po.repo);
    if (!mkdtemp(previous)) {
        snprintf(previous, sizeof(previous), "/tmp/apbd-previous-XXXXXX");
        if (!mkdtemp(previous))
            previous[0] = '\0';
    }
    if (previous[0] && apbd_git_export_prefix(po.repo, tipref, "sumber/", previous) == 0) {
        snprintf(prevsumber, sizeof(prevsumber), "%s/sumber", previous);
        bo.previous = prevsumber;
    }

    char staging[PATH_MAX - 256], base[PATH_MAX - 512];
    snprintf(base, sizeof(base), "%s.preview", po.repo);
    if (apbd_staging_create(base, staging, sizeof(staging)) != 0) {
        struct apbd_loc loc = { base, 0, 0, NULL, 0, NULL };
        apbd_report(&rep, APBD_ERROR, APBD_MSG_CANNOT_WRITE, &loc, strerror(errno), NULL);
        free(dates);
        if (previous[0])
            apbd_remove_tree(previous);
        apbd_pemda_release(&pemda);
        return APBD_EIO;
    }
    apbd_timing("previous archive");
    struct apbd_build_result res;
    int status = apbd_build_tree(&bo, staging, &res, &rep);
    if (status == APBD_OK)
        status = check_staged(staging, &res, &rep);
    apbd_timing("publish checks");
    char *message = status == APBD_OK ? commit_message(&res) : NULL;
    struct apbd_publish_result pr = { 0 };
    if (status == APBD_OK) {
        po.author = author ? author : res.pemda.penulis;
        po.when = res.date.midnight;
        po.offset_minutes = res.pemda.utc_offset_minutes;
        po.message = message;
        if (po.dry_run && !quiet)
            printf("apbd publish --dry-run: what %s would get on %s:\n", po.repo, po.branch);
        status = apbd_publish_tree(staging, &po, &pr, &rep);
        apbd_timing("git");
    }
    if (status == APBD_OK && po.dry_run) {
        printf("%u added, %u changed, %u removed; nothing was written to %s.\n"
               "Preview of the site: %s\n", pr.added, pr.changed, pr.removed, po.repo, staging);
    } else {
        apbd_remove_tree(staging);
    }
    if (status == APBD_OK && !po.dry_run && !quiet) {
        if (pr.committed)
            printf("apbd publish: %s %s .. %s on %s as %.12s (tags made: %u)\n", po.repo,
                   res.first, res.latest, po.branch, pr.commit, pr.tags);
        else
            printf("apbd publish: nothing changed; %s already publishes these inputs at %.12s"
                   " (tags made: %u)\n", po.branch, pr.commit, pr.tags);
    }
    free(message);
    free(dates);
    if (previous[0])
        apbd_remove_tree(previous);
    apbd_build_result_release(&res);
    apbd_pemda_release(&pemda);
    return status;
}
