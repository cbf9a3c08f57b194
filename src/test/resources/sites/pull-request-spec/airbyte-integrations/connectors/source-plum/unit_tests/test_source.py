def test_reads_plums():
    assert True
