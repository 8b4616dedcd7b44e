import wagtail_factories


class DownloadIndexPageFactory(wagtail_factories.PageFactory):
    title = "Downloads"
    slug = "downloads"

    class Meta:
        model = "downloads.DownloadIndexPage"
