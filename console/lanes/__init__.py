"""The lane engine: plate → decision → light → pump → filling → debit → charge."""
