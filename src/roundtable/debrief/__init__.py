"""The whole interview: every behavioral question reviewed by the same panel, then the debrief."""
