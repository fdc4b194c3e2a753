/* tanya.h: a citizen's question about one line, to the pemda's channel. */
#ifndef APBD_TANYA_H
#define APBD_TANYA_H

#include <stdint.h>

/* What a question is about: an SKPD, a sub kegiatan or an account line. */
struct apbd_tanya {
    const char *kode, *nama;
    const char *periode;        /* "2024-07" */
    const char *halaman;        /* the page's own address */
    int64_t anggaran, realisasi;    /* sen */
};

/*
 * The address of a question, from pemda.ini's kanal_pertanyaan: an e-mail
 * address (a mailto: link with the subject and body filled in), or an
 * http(s) URL template in which {kode}, {nama}, {periode}, {anggaran},
 * {realisasi} and {halaman} are replaced by the item's values, each
 * percent-encoded. malloc'd; NULL when the channel is empty or neither.
 * The caller still escapes it for the HTML attribute.
 */
char *apbd_tanya_url(const char *channel, const struct apbd_tanya *q);

/* Whether channel is one apbd_tanya_url can use. */
int apbd_tanya_usable(const char *channel);

#endif
