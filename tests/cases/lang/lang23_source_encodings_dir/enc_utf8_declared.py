# coding: utf-8
PLAIN = "déjà"
