# Runs apertium-apy (Debian package apertium-apy, 0.11) listening on 127.0.0.1 only.
# apertium-apy binds every interface and has no option to choose one; Meridian talks to it
# over loopback and nothing else should. Arguments are apertium-apy's own.
import sys

import tornado.tcpserver

_bind = tornado.tcpserver.TCPServer.bind


def _loopback_bind(self, port, address=None, *args, **kwargs):
    return _bind(self, port, "127.0.0.1", *args, **kwargs)


tornado.tcpserver.TCPServer.bind = _loopback_bind

from apertium_apy.apy import main  # noqa: E402

sys.argv[0] = "apertium-apy"
main()
