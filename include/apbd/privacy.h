#ifndef APBD_PRIVACY_H
#define APBD_PRIVACY_H

/*
 * Personal data (UU 27/2022): hibah and bantuan sosial lines can name
 * individual recipients. Lines whose account matches a [privasi] prefix of
 * pemda.ini get the account's own name as uraian, before anything is
 * rendered, so no output can show the original.
 */

#include <stddef.h>

struct apbd_table;
struct apbd_pemda;
struct apbd_coa;

/* Returns the number of lines changed. */
size_t apbd_privacy_apply(struct apbd_table *t, const struct apbd_pemda *p,
                          const struct apbd_coa *coa);

#endif
