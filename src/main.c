/*
 * main.c: the command table. Each subcommand returns an enum apbd_status;
 * only here does a status become the process's exit code.
 */
#include <stdio.h>
#include <string.h>

#include "apbd/cmd.h"
#include "apbd/status.h"
#include "apbd/timing.h"
#include "apbd/version.h"

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
};

static const struct command commands[] = {
    { "check", apbd_cmd_check, "validate exports; FILE:LINE:COL messages with hints" },
    { "build", apbd_cmd_build, "render the downloads of every month into _site/, atomically" },
    { "publish", apbd_cmd_publish, "publish the months as one git commit, tagged, atomically" },
    { "diff", apbd_cmd_diff, "what changed between two periods or publications" },
    { "verify", apbd_cmd_verify, "rebuild a publication from its archived sources and compare" },
    { "lines", apbd_cmd_lines, "print the lines an export decodes to, as canonical CSV" },
};

static void usage(FILE *out)
{
    fputs("usage: apbd COMMAND [OPTIONS] [ARGS]\n\ncommands:\n", out);
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].summary);
    fputs("\nRun 'apbd COMMAND --help' for a command's options.\n", out);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return APBD_EUSAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return APBD_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("apbd %s\n", APBD_VERSION);
        return APBD_OK;
    }
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        if (strcmp(argv[1], commands[i].name) == 0)
        {
            apbd_timing("start");
            int status = commands[i].run(argc - 1, argv + 1);
            apbd_timing_report();
            return status;
        }
    fprintf(stderr, "apbd: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return APBD_EUSAGE;
}
