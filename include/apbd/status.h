#ifndef APBD_STATUS_H
#define APBD_STATUS_H

/*
 * Status codes returned by every function that can fail. They are also the
 * process exit codes: only main() turns them into an exit.
 */
enum apbd_status {
    APBD_OK = 0,        /* done; warnings may have been reported */
    APBD_EDATA = 1,     /* the input data is wrong (reported with FILE:LINE:COL) */
    APBD_EUSAGE = 2,    /* the command line is wrong */
    APBD_EIO = 3,       /* a file could not be read or written */
    APBD_EVERSION = 4   /* made by another generator version */
};

#endif
