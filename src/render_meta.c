/*
 * render_meta.c: data/datapackage.json, a Frictionless (Fiscal) Data
 * Package describing the CSV downloads: their table schema, the fiscal
 * mapping of their columns, licence and sources.
 */
#include <json-c/json.h>
#include <string.h>

#include "apbd/meta.h"
#include "apbd/render.h"

static json_object *field(const char *name, const char *type, const char *title,
                          const char *description)
{
    json_object *f = json_object_new_object();
    json_object_object_add(f, "name", json_object_new_string(name));
    json_object_object_add(f, "type", json_object_new_string(type));
    json_object_object_add(f, "title", json_object_new_string(title));
    json_object_object_add(f, "description", json_object_new_string(description));
    return f;
}

static json_object *table_schema(int with_periode)
{
    json_object *fields = json_object_new_array();
    if (with_periode)
        json_object_array_add(fields, field("periode", "yearmonth", "Periode",
                                            "Bulan laporan (YYYY-MM); realisasi kumulatif s.d. akhir bulan ini"));
    static const char *const cols[][4] = {
        { "kode_skpd", "string", "Kode SKPD", "Kode perangkat daerah (Permendagri 90/2019)" },
        { "nama_skpd", "string", "Nama SKPD", "Nama perangkat daerah" },
        { "kode_sub_kegiatan", "string", "Kode sub kegiatan", "Kosong untuk pendapatan dan pembiayaan" },
        { "nama_sub_kegiatan", "string", "Nama sub kegiatan", "" },
        { "kode_rekening", "string", "Kode rekening", "akun.kelompok.jenis.objek.rincian.sub rincian" },
        { "uraian", "string", "Uraian", "Teks yang bisa dibaca spreadsheet sebagai rumus diawali apostrof" },
        { "sumber_dana", "string", "Sumber dana", "" },
        { "anggaran", "number", "Anggaran (Rp)", "Anggaran yang berlaku" },
        { "realisasi", "number", "Realisasi (Rp)", "Realisasi kumulatif s.d. akhir bulan" },
        { "sisa", "number", "Sisa (Rp)", "Anggaran dikurangi realisasi" },
        { "persen", "number", "Persen realisasi", "Realisasi / anggaran x 100, dua desimal; kosong bila anggaran 0" },
        { "anggaran_murni", "number", "Anggaran murni (Rp)", "Anggaran sebelum APBD-Perubahan" },
        { "nama_program", "string", "Nama program", "" },
        { "nama_kegiatan", "string", "Nama kegiatan", "" },
        { "anggaran_kas", "number", "Anggaran kas (Rp)",
          "Rencana kas kumulatif s.d. akhir bulan, bila anggaran kas diberikan per rekening "
          "(pada baris pertama rekening itu); rencana per SKPD dan sub kegiatan ada di JSON (rencana)" },
        { "realisasi_fisik", "number", "Realisasi fisik (%)",
          "Kemajuan fisik kumulatif sub kegiatan, persen 0-100; sama pada semua baris sub kegiatannya" },
        { "kode_sub_unit", "string", "Kode sub unit",
          "Unit di bawah SKPD (SIPD: KODE SUB UNIT), mis. puskesmas atau sekolah; kosong bila baris "
          "milik SKPD itu sendiri" },
        { "nama_sub_unit", "string", "Nama sub unit", "" },
    };
    for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
        json_object_array_add(fields, field(cols[i][0], cols[i][1], cols[i][2], cols[i][3]));
    json_object *schema = json_object_new_object();
    json_object_object_add(schema, "fields", fields);
    /* An empty cell (persen where anggaran is 0) is a missing value. */
    json_object *mv = json_object_new_array();
    json_object_array_add(mv, json_object_new_string(""));
    json_object_object_add(schema, "missingValues", mv);
    return schema;
}

/*
 * The fiscal mapping (Fiscal Data Package v0.3 `model`): what the measures
 * are, and which columns classify them. It names the yearly tables, which
 * hold every month; the monthly tables have the same columns but periode.
 */
static json_object *fiscal_model(const struct apbd_meta_file *files, size_t nfiles)
{
    json_object *model = json_object_new_object();
    json_object *measures = json_object_new_object();
    static const char *const m[][2] = {
        { "anggaran", "adjusted" }, { "realisasi", "executed" }, { "anggaran_murni", "approved" },
    };
    for (size_t f = 0; f < nfiles; f++) {
        if (!files[f].with_periode)
            continue;
        for (size_t i = 0; i < 3; i++) {
            char name[96];
            snprintf(name, sizeof(name), "%s_%s", m[i][0], files[f].name + 5);
            json_object *x = json_object_new_object();
            json_object_object_add(x, "source", json_object_new_string(m[i][0]));
            json_object_object_add(x, "resource", json_object_new_string(files[f].name));
            json_object_object_add(x, "currency", json_object_new_string("IDR"));
            json_object_object_add(x, "phase", json_object_new_string(m[i][1]));
            json_object_object_add(measures, name, x);
        }
    }
    json_object_object_add(model, "measures", measures);
    json_object *dims = json_object_new_object();
    struct {
        const char *name, *type, *key, *label;
    } d[] = {
        { "administratif", "entity", "kode_skpd", "nama_skpd" },
        { "kegiatan", "activity", "kode_sub_kegiatan", "nama_sub_kegiatan" },
        { "ekonomi", "classification", "kode_rekening", "uraian" },
        { "sumber_dana", "fact", "sumber_dana", NULL },
        { "periode", "datetime", "periode", NULL },
    };
    for (size_t i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
        json_object *x = json_object_new_object();
        json_object *attrs = json_object_new_object();
        json_object *k = json_object_new_object();
        json_object_object_add(k, "source", json_object_new_string(d[i].key));
        json_object_object_add(attrs, d[i].key, k);
        if (d[i].label) {
            json_object *l = json_object_new_object();
            json_object_object_add(l, "source", json_object_new_string(d[i].label));
            json_object_object_add(l, "labelfor", json_object_new_string(d[i].key));
            json_object_object_add(attrs, d[i].label, l);
        }
        json_object_object_add(x, "attributes", attrs);
        json_object_object_add(x, "primaryKey", json_object_new_string(d[i].key));
        json_object_object_add(x, "dimensionType", json_object_new_string(d[i].type));
        json_object_object_add(dims, d[i].name, x);
    }
    json_object_object_add(model, "dimensions", dims);
    return model;
}

int apbd_render_datapackage(const struct apbd_pemda *p, const struct apbd_meta_file *files,
                            size_t nfiles, FILE *out)
{
    json_object *pkg = json_object_new_object();
    char name[128], title[256];
    snprintf(title, sizeof(title), "APBD %s", p->nama);
    snprintf(name, sizeof(name), "apbd-%s", p->kode && *p->kode ? p->kode : "pemda");
    for (char *c = name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_'))
            *c = '-';
    /* A tabular package with a fiscal `model`: what Frictionless's
     * validators accept as a Fiscal Data Package. */
    json_object_object_add(pkg, "profile", json_object_new_string("tabular-data-package"));
    json_object_object_add(pkg, "name", json_object_new_string(name));
    json_object_object_add(pkg, "title", json_object_new_string(title));
    json_object_object_add(pkg, "description", json_object_new_string(
        "Anggaran dan realisasi APBD per bulan, per baris anggaran (SKPD, sub kegiatan, rekening, sumber dana)."));
    json_object *lic = json_object_new_array(), *l = json_object_new_object();
    json_object_object_add(l, "name", json_object_new_string(p->lisensi ? p->lisensi : ""));
    json_object_array_add(lic, l);
    json_object_object_add(pkg, "licenses", lic);
    json_object *src = json_object_new_array(), *s = json_object_new_object();
    json_object_object_add(s, "title", json_object_new_string(p->nama));
    if (p->url && *p->url)
        json_object_object_add(s, "path", json_object_new_string(p->url));
    json_object_array_add(src, s);
    json_object_object_add(pkg, "sources", src);
    json_object *res = json_object_new_array();
    for (size_t i = 0; i < nfiles; i++) {
        const struct apbd_meta_file *f = &files[i];
        json_object *r = json_object_new_object();
        json_object_object_add(r, "name", json_object_new_string(f->name));
        json_object_object_add(r, "path", json_object_new_string(f->path));
        json_object_object_add(r, "profile", json_object_new_string("tabular-data-resource"));
        json_object_object_add(r, "format", json_object_new_string("csv"));
        json_object_object_add(r, "mediatype", json_object_new_string("text/csv"));
        json_object_object_add(r, "encoding", json_object_new_string("utf-8"));
        if (f->sha256[0]) {
            char hash[80];
            snprintf(hash, sizeof(hash), "sha256:%s", f->sha256);
            json_object_object_add(r, "hash", json_object_new_string(hash));
            json_object_object_add(r, "bytes", json_object_new_int64((int64_t)f->bytes));
        }
        json_object_object_add(r, "schema", table_schema(f->with_periode));
        json_object_array_add(res, r);
    }
    json_object_object_add(pkg, "resources", res);
    json_object_object_add(pkg, "model", fiscal_model(files, nfiles));
    fputs(json_object_to_json_string_ext(pkg, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
                                                  | JSON_C_TO_STRING_NOSLASHESCAPE), out);
    fputc('\n', out);
    json_object_put(pkg);
    return ferror(out) ? -1 : 0;
}
