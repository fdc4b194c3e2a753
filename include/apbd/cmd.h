#ifndef APBD_CMD_H
#define APBD_CMD_H

/*
 * The subcommands. Each takes the arguments after its name and returns an
 * enum apbd_status, which main() turns into the exit code.
 */

int apbd_cmd_check(int argc, char **argv);
int apbd_cmd_lines(int argc, char **argv);
int apbd_cmd_build(int argc, char **argv);
int apbd_cmd_publish(int argc, char **argv);
int apbd_cmd_verify(int argc, char **argv);
int apbd_cmd_diff(int argc, char **argv);

#endif
