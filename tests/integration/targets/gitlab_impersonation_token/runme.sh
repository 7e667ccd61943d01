#!/usr/bin/env bash
# Copyright (c) 2026, gitlab_ops.users contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every token scenario runs through ansible-playbook with -vvv and --diff, its whole output kept in a log.
# The play collects every token value it sees (module results and tokens made through the API) into a file;
# afterwards not one of them may appear anywhere in the log: a value is only ever inside a registered result
# of a task with no_log (which the play checks holds it in token.token and nowhere else).
set -eu

export ANSIBLE_ROLES_PATH=..
log="${OUTPUT_DIR}/gitlab_impersonation_token.log"
values="${OUTPUT_DIR}/gitlab_impersonation_token.values"
rm -f "${log}" "${values}"

# ansible-test hands the connection (tests/integration/integration_config.yml) to role targets only.
config=../../integration_config.yml
if [ ! -f "${config}" ]; then
    echo "gitlab_impersonation_token: ${config} is missing; run the target with \`make integration\`" >&2
    exit 1
fi

if ! ansible-playbook -i "${INVENTORY_PATH}" runme.yml -vvv --diff -e "@${config}" -e "token_values_file=${values}" "$@" \
        > "${log}" 2>&1; then
    tail -n 400 "${log}"
    echo "gitlab_impersonation_token: the playbook failed (whole log: ${log})" >&2
    exit 1
fi
grep -E '^testhost +: ok=' "${log}"

# The output must really be -vvv (connection details) with --diff (before/after of the token tasks).
if ! grep -q 'ESTABLISH LOCAL CONNECTION' "${log}" || ! grep -q '^+++ after' "${log}"; then
    echo "gitlab_impersonation_token: the log lacks the -vvv or --diff output; the secret check would prove nothing" >&2
    exit 1
fi
count=$(grep -c . "${values}" || true)
if [ "${count}" -lt 20 ]; then
    echo "gitlab_impersonation_token: only ${count} token values were collected; the secret check would prove nothing" >&2
    exit 1
fi
leaks=$(grep -n -o -F -f "${values}" "${log}" | cut -d: -f1 | sort -un | tr '\n' ' ' || true)
if [ -n "${leaks}" ]; then
    echo "gitlab_impersonation_token: a token value appears in the -vvv --diff output, lines: ${leaks}(log: ${log})" >&2
    exit 1
fi
echo "gitlab_impersonation_token: none of the ${count} token values appears in the -vvv --diff output ($(wc -l < "${log}") lines)"
