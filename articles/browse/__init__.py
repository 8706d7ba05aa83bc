"""browse"""
