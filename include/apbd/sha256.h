#ifndef APBD_SHA256_H
#define APBD_SHA256_H

/* SHA-256 of a file (OpenSSL's libcrypto), as 64 lowercase hex digits. */

#include <stddef.h>
#include <stdint.h>

/* Returns 0, or -1 with errno set. *size gets the file's size when not NULL. */
int apbd_sha256_file(const char *path, char hex[65], uint64_t *size);

/* The same of len bytes at data. */
void apbd_sha256_text(const void *data, size_t len, char hex[65]);

#endif
