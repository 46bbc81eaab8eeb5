#!/usr/bin/env python3
"""Runs a command under a pseudo-terminal, as a person at a terminal would, and scripts it.

usage: pty_run.py STEPS_JSON -- command [args...]
STEPS_JSON is a list of {"wait": text} | {"send": text} | {"signal": "SIGINT"|"SIGTERM"}.
Prints {"code", "signal", "output"} as JSON when the command has ended.
"""
import json, os, pty, select, signal, sys, time

def main():
    steps = json.loads(sys.argv[1])
    cmd = sys.argv[sys.argv.index('--') + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    output = b''
    def read(timeout):
        nonlocal output
        r, _, _ = select.select([fd], [], [], timeout)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return False
            if not chunk:
                return False
            output += chunk
        return True
    for step in steps:
        if 'wait' in step:
            deadline = time.time() + 20
            while step['wait'].encode() not in output and time.time() < deadline:
                if not read(0.1):
                    break
        elif 'send' in step:
            time.sleep(0.2)
            os.write(fd, step['send'].encode())
        elif 'signal' in step:
            time.sleep(0.2)
            os.kill(pid, getattr(signal, step['signal']))
    deadline = time.time() + 20
    status = None
    while time.time() < deadline:
        read(0.1)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    while read(0.05):
        pass
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = signal.Signals(os.WTERMSIG(status)).name if os.WIFSIGNALED(status) else None
    print(json.dumps({'code': code, 'signal': sig, 'output': output.decode('utf-8', 'replace')}))

main()
